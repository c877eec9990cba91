package dev.tracker.roadmap;

import java.util.ArrayList;
import java.util.List;
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
    /** Stands in for a code span or an escaped character while the rest is stripped: private-use marks. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\uE000(\\d+)\uE001");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private InlineText() {
    }

    static String plain(CharSequence markdown) {
        String text = SPACES.matcher(markdown).replaceAll(" ").strip();
        List<String> literals = new ArrayList<>();
        text = protect(ESCAPE, text, literals, 1);
        text = protect(CODE_SPAN, text, literals, 2);
        text = IMAGE.matcher(text).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = REFERENCE_LINK.matcher(text).replaceAll("$1");
        text = AUTOLINK.matcher(text).replaceAll("$1");
        text = HTML_TAG.matcher(text).replaceAll("");
        text = STRONG.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("$1");
        text = restore(restore(text, literals), literals);
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Swaps each match for a placeholder, keeping the literal text of one group aside. */
    private static String protect(Pattern pattern, String text, List<String> literals, int group) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            literals.add(group == 2 ? m.group(group).strip() : m.group(group));
            m.appendReplacement(out, "\uE000" + (literals.size() - 1) + "\uE001");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Puts the literals back; run twice, since an escape may sit inside a code span's placeholder. */
    private static String restore(String text, List<String> literals) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(literals.get(Integer.parseInt(m.group(1)))));
    }
}
