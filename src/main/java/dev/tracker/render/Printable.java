package dev.tracker.render;

/**
 * Text made safe for a terminal. Titles, ids, file names and messages come from files the
 * user may have downloaded; a control character in them (ESC, BEL, backspace, a carriage
 * return, the 8-bit CSI U+009B) would let the file move the cursor, rewrite the screen, set
 * the window title or the clipboard. Every control character is shown instead, as less and
 * {@code cat -v} show it: C0 and DEL in caret notation ({@code ^[}, {@code ^G}, {@code ^?}),
 * C1 as its code point ({@code <U+009B>}). A line feed ends a line and a tab is whitespace: both
 * are kept (the parser already turns them into spaces inside titles), and so is a carriage
 * return directly before a line feed (a line end on Windows).
 *
 * <p>{@link StyledWriter} applies this to every line before adding the tracker's own colour,
 * so no renderer needs to; {@link DisplayWidth} counts the visible form, so layout stays right.
 */
public final class Printable {
    private Printable() {
    }

    /** The text with every control character but tab and line feed shown visibly; the same string when there is none. */
    public static String of(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(text, i)) {
                out.append(visible(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True for C0 controls, DEL and C1 controls: the characters {@link #of} replaces (tab and line feed aside). */
    static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F;
    }

    /** The columns a code point takes once made printable: 2 for {@code ^[}, 8 for {@code <U+009B>}, else -1. */
    static int visibleWidth(int c) {
        return isControl(c) ? visible((char) c).length() : -1;
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c >= 0x7F && c <= 0x9F) && unsafe(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unsafe(String text, int i) {
        char c = text.charAt(i);
        boolean lineEnd = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
        return isControl(c) && !lineEnd;
    }

    private static String visible(char c) {
        if (c < 0x20) {
            return "^" + (char) (c + 0x40);
        }
        return c == 0x7F ? "^?" : String.format("<U+%04X>", (int) c);
    }
}
