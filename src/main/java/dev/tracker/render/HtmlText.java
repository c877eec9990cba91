package dev.tracker.render;

/**
 * Text from a roadmap, a note or the state file made safe inside HTML: control characters shown
 * as the terminal renderers show them ({@link Printable}: {@code ^[}, {@code <U+009B>}), then
 * {@code & < > " '} escaped, so no title can open a tag, close an attribute or hide in the page.
 */
final class HtmlText {
    private HtmlText() {
    }

    static String of(String text) {
        String printable = Printable.of(text);
        StringBuilder out = null;
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(printable.length() + 16).append(printable, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? printable : out.toString();
    }
}
