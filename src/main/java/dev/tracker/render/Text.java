package dev.tracker.render;

/** Fitting text into terminal columns: cut with an ellipsis, never wrapped. */
public final class Text {
    private Text() {
    }

    /** The text cut to at most {@code width} columns, ending in "…" when cut. */
    public static String cut(String text, int width) {
        if (width <= 0) {
            return "";
        }
        // one pass, no copy of a text that fits: where a cut would fall (room left for "…"), and whether one is needed
        int used = 0;
        int cutAt = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int columns = DisplayWidth.of(codePoint);
            if (cutAt < 0 && used + columns > width - 1) {
                cutAt = i;
            }
            used += columns;
            if (used > width) {
                return text.substring(0, cutAt).stripTrailing() + "…";
            }
            i += Character.charCount(codePoint);
        }
        return text;
    }

    /** The text cut and padded with spaces to exactly {@code width} columns. */
    static String fit(String text, int width) {
        String cut = cut(text, width);
        return cut + " ".repeat(Math.max(0, width - DisplayWidth.of(cut)));
    }

    static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - DisplayWidth.of(text))) + text;
    }
}
