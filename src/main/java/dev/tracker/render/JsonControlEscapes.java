package dev.tracker.render;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON output that carries no raw control character, so that {@code tracker list --json}
 * seen on a terminal cannot steer it either. Jackson escapes C0 (as {@code \u001B}) by itself,
 * but writes DEL and the C1 controls (U+0080 to U+009F, among them the 8-bit CSI U+009B) as
 * they are, which JSON allows; these escape them the same way. The text a script decodes
 * is unchanged.
 */
final class JsonControlEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = standardAsciiEscapesWithDelete();
    private static final SerializableString[] C1 = new SerializableString[0x20];

    static {
        for (int c = 0; c < C1.length; c++) {
            C1[c] = new SerializedString(String.format("\\u%04X", 0x80 + c));
        }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
        return c >= 0x80 && c <= 0x9F ? C1[c - 0x80] : null;
    }

    private static int[] standardAsciiEscapesWithDelete() {
        int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
        escapes[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        return escapes;
    }
}
