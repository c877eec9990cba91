package dev.tracker.state;

/**
 * Whether bytes are well-formed UTF-8 (RFC 3629: no overlong form, no surrogate, nothing past
 * U+10FFFF), checked in place: the state file is then parsed from its bytes, with no decoded
 * copy of many megabytes. The strict decoder still words a fault (line, column, byte).
 */
final class Utf8Text {
    private Utf8Text() {
    }

    static boolean valid(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            int lead = b & 0xFF;
            int length;
            int min;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + length > to) {
                return false;
            }
            int code = lead & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return false;
                }
                code = code << 6 | next & 0x3F;
            }
            if (code < min || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
                return false;
            }
            i += length;
        }
        return true;
    }
}
