package dev.tracker.render;

/** Fitting text into columns: cut with an ellipsis, never wrapped. */
final class Text {
    private Text() {
    }

    /** The text cut to at most {@code width} characters, ending in "…" when cut. */
    static String cut(String text, int width) {
        if (width <= 0) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= width) {
            return text;
        }
        int end = text.offsetByCodePoints(0, width - 1);
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** The text cut and padded with spaces to exactly {@code width} characters. */
    static String fit(String text, int width) {
        String cut = cut(text, width);
        return cut + " ".repeat(Math.max(0, width - cut.codePointCount(0, cut.length())));
    }

    static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
