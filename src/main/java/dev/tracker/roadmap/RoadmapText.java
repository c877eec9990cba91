package dev.tracker.roadmap;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A roadmap file's bytes as text. UTF-8, each invalid sequence shown as U+FFFD (as Java's own
 * decoder does) and counted, so that the user learns where the file is damaged; binary files
 * (a NUL byte among the first 8 KB, git's test) are refused.
 *
 * @param text             the decoded text
 * @param invalidSequences how many byte sequences were not UTF-8
 * @param firstInvalidByte the offset of the first of them, or -1
 * @param firstInvalidLine its line (1-based), or 0
 */
record RoadmapText(String text, int invalidSequences, long firstInvalidByte, int firstInvalidLine) {
    private static final int SNIFF_BYTES = 8192;

    static RoadmapText decode(byte[] bytes) {
        int limit = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                throw new RoadmapRefused("not text (a NUL byte at offset " + i + ")");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        int invalid = 0;
        int firstInvalid = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (invalid++ == 0) {
                firstInvalid = in.position();
            }
            out.put('\uFFFD');
            in.position(in.position() + result.length());
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return new RoadmapText(text, invalid, firstInvalid, firstInvalid < 0 ? 0 : lineOf(bytes, firstInvalid));
    }

    /** "invalid UTF-8 at byte 1234 (line 56) and 2 more places, shown as �", when there was any. */
    Optional<String> damage() {
        if (invalidSequences == 0) {
            return Optional.empty();
        }
        String more = invalidSequences == 1 ? "" : " and " + (invalidSequences - 1) + " more place"
                + (invalidSequences == 2 ? "" : "s");
        return Optional.of("invalid UTF-8 at byte " + firstInvalidByte + " (line " + firstInvalidLine + ")" + more
                + ", shown as \uFFFD");
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
