package dev.tracker.roadmap;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Char offsets of a roadmap's text (as {@link RoadmapText} decodes its bytes) back to byte
 * offsets of the file: valid UTF-8 by the length of each char's encoding, and each invalid
 * sequence, which reads as one U+FFFD, by the bytes the decoder took for it.
 */
final class TextOffsets {
    private TextOffsets() {
    }

    /** The byte offset of each char offset (ascending); -1 for one beyond the text. */
    static int[] toBytes(byte[] bytes, int[] charOffsets) {
        int[] result = new int[charOffsets.length];
        int next = 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        while (true) {
            int charStart = out.position();
            int byteAt = in.position();
            CoderResult decoded = decoder.decode(in, out, true);
            for (int c = charStart; c < out.position() && next < charOffsets.length; c++) {
                while (next < charOffsets.length && charOffsets[next] == c) {
                    result[next++] = byteAt;
                }
                byteAt += utf8Length(out.get(c));
            }
            if (decoded.isUnderflow()) {
                break;
            }
            while (next < charOffsets.length && charOffsets[next] == out.position()) {
                result[next++] = in.position();
            }
            out.put('\uFFFD');
            in.position(in.position() + decoded.length());
        }
        while (next < charOffsets.length) {
            result[next] = charOffsets[next] == out.position() ? bytes.length : -1;
            next++;
        }
        return result;
    }

    /** A surrogate pair's four bytes are counted on its high half. */
    private static int utf8Length(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        if (Character.isHighSurrogate(c)) {
            return 4;
        }
        return Character.isLowSurrogate(c) ? 0 : 3;
    }
}
