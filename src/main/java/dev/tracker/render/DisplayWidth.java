package dev.tracker.render;

/**
 * How many terminal columns text takes: emoji and East Asian wide characters take two,
 * combining marks, variation selectors and joiners none, a control character as wide as the
 * form {@link Printable} shows it in. Close to wcwidth, without tables.
 */
final class DisplayWidth {
    /** Emoji below U+1F000 that terminals draw two columns wide (Unicode's Emoji_Presentation). */
    static final int[][] WIDE_SYMBOLS = {
        {0x231A, 0x231B}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3}, {0x25FD, 0x25FE},
        {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1},
        {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4},
        {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD},
        {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E},
        {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF},
        {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
    };

    private DisplayWidth() {
    }

    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                // printable ASCII, most of every line: `list` measures some 70,000 characters
                width++;
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            width += of(codePoint);
            i += Character.charCount(codePoint);
        }
        return width;
    }

    static int of(int codePoint) {
        if (codePoint >= 0x20 && codePoint < 0x7F) {
            return 1;
        }
        int visible = Printable.visibleWidth(codePoint);
        if (visible >= 0) {
            // shown as ^[ or <U+009B> by the writer: counted as shown
            return visible;
        }
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint < 0x20) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    private static boolean isWide(int c) {
        if (c < 0x1100) {
            // below every wide range: spares the table's loop for Latin, Greek, Cyrillic and the rest
            return false;
        }
        if (c >= 0x1F000 && c <= 0x1FAFF || c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF
                || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD) {
            return true;
        }
        for (int[] range : WIDE_SYMBOLS) {
            if (c >= range[0] && c <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
