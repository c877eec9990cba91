package dev.tracker.state;

/**
 * Text from a state file, made fit for a one-line error message: line breaks and other
 * control characters escaped, lone surrogates shown as escapes, long text cut.
 */
final class QuotedText {
    private static final int MAX_QUOTED_CHARS = 60;

    private QuotedText() {
    }

    /** "the text", escaped and cut to 60 characters. */
    static String quote(String fromFile) {
        return "\"" + oneLine(fromFile, MAX_QUOTED_CHARS) + "\"";
    }

    /** The text on one line, cut with "…" after {@code maxChars} characters. */
    static String oneLine(String text, int maxChars) {
        StringBuilder out = new StringBuilder();
        int[] codePoints = text.codePoints().limit(maxChars + 1L).toArray();
        int i = 0;
        for (; i < codePoints.length && out.length() < maxChars; i++) {
            int c = codePoints[i];
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.SURROGATE) {
                // a line or paragraph separator breaks the line too; a lone surrogate is not text
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return i < codePoints.length ? out + "…" : out.toString();
    }
}
