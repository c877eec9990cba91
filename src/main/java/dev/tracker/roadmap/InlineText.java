package dev.tracker.roadmap;

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
    private static final Pattern CODE_TICKS = Pattern.compile("`+\\s?|\\s?`+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private InlineText() {
    }

    static String plain(CharSequence markdown) {
        String text = SPACES.matcher(markdown).replaceAll(" ").strip();
        text = IMAGE.matcher(text).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = REFERENCE_LINK.matcher(text).replaceAll("$1");
        text = AUTOLINK.matcher(text).replaceAll("$1");
        text = HTML_TAG.matcher(text).replaceAll("");
        text = CODE_TICKS.matcher(text).replaceAll(m -> m.group().strip().isEmpty() ? " " : "");
        text = STRONG.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("$1");
        text = ESCAPE.matcher(text).replaceAll("$1");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
