package dev.tracker.roadmap;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown inline syntax to the plain text a person reads: "**Syntax:** `struct`" gives "Syntax: struct". */
final class InlineText {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__|~~)");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])[*_](?=\\S)(.+?)(?<=\\S)[*_](?![\\w*])");
    /** A code span: its backticks go, its content stays as written (no links or emphasis in code). */
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private InlineText() {
    }

    static String plain(CharSequence markdown) {
        String text = SPACES.matcher(markdown).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(text.length());
        Matcher code = CODE_SPAN.matcher(text);
        int from = 0;
        while (code.find()) {
            out.append(outsideCode(text.substring(from, code.start()))).append(code.group(2).strip());
            from = code.end();
        }
        out.append(outsideCode(text.substring(from)));
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    private static String outsideCode(String markdown) {
        String text = IMAGE.matcher(markdown).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = REFERENCE_LINK.matcher(text).replaceAll("$1");
        text = AUTOLINK.matcher(text).replaceAll("$1");
        text = HTML_TAG.matcher(text).replaceAll("");
        text = STRONG.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("$1");
        return ESCAPE.matcher(text).replaceAll("$1");
    }
}
