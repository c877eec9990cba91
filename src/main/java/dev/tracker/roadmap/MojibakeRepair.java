package dev.tracker.roadmap;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Undoes the damage of UTF-8 text that was decoded with a Windows or Mac code page and saved
 * again ("â€”" for "—", "ğŸ—“" for "🗓", "‚úÖ" for "✅"). Each run of non-ASCII characters is
 * encoded back with one of those code pages; the run is replaced only when the bytes form
 * valid UTF-8 with at least one multi-byte sequence, which ordinary text almost never does.
 * Anything less certain is left as written.
 */
final class MojibakeRepair {
    private static final List<Charset> CODE_PAGES = List.of(
            Charset.forName("windows-1252"), Charset.forName("windows-1254"), Charset.forName("x-MacRoman"));

    private MojibakeRepair() {
    }

    static String repair(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) < 0x80) {
                if (out != null) {
                    out.append(text.charAt(i));
                }
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) >= 0x80) {
                end++;
            }
            String run = text.substring(i, end);
            String fixed = repairRun(run);
            if (out == null && !fixed.equals(run)) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(fixed);
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }

    private static String repairRun(String run) {
        for (Charset codePage : CODE_PAGES) {
            byte[] bytes = encode(run, codePage);
            if (bytes != null && bytes.length > 1) {
                String decoded = decodeUtf8(bytes);
                if (decoded != null && decoded.length() < run.length()) {
                    return decoded;
                }
            }
        }
        return run;
    }

    /** The run's bytes in the code page; C1 controls stand for the bytes a code page leaves undefined. */
    private static byte[] encode(String run, Charset codePage) {
        CharsetEncoder encoder = codePage.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer out = ByteBuffer.allocate(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                out.put((byte) c);
            } else if (!encoder.canEncode(c)) {
                return null;
            } else {
                try {
                    out.put(encoder.encode(CharBuffer.wrap(new char[] {c})).get());
                } catch (CharacterCodingException e) {
                    return null;
                }
            }
        }
        return java.util.Arrays.copyOf(out.array(), out.position());
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
