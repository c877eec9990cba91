package dev.tracker.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown inline syntax to the plain text a person reads: "**Syntax:** `struct`" gives "Syntax: struct". */
final class InlineText {
    // No scan below may cross the bracket or delimiter that could start another match: each
    // character is then read by at most one attempt, so a line of 100,000 "[a" or "_a " costs
    // linear time instead of quadratic (cmark's pathological cases did take minutes here).
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\[\\]]*)]\\([^)\\[\\]]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*)]\\([^)\\[\\]]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\[\\]]+)]\\[[^\\[\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^<>\\s]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__|~~)");
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\w*])(?:\\*(?=\\S)([^*]+?)(?<=\\S)\\*|_(?=\\S)([^_]+?)(?<=\\S)_)(?![\\w*])");
    /**
     * A code span: its backticks go, its content stays as written (no links or emphasis in code).
     * Openers are whole runs of at most 16 backticks, so at most 16 unclosed openers scan ahead.
     */
    private static final Pattern CODE_SPAN = Pattern.compile("(?<!`)(`{1,16})(?!`)(.+?)\\1");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    /** Stands in for a code span or an escaped character while the rest is stripped: private-use marks. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\uE000(\\d+)\uE001");
    /** The text's own private-use marks are kept aside first, so that no placeholder can be forged (fuzzing found one). */
    private static final Pattern PRIVATE_MARK = Pattern.compile("([\uE000\uE001])");

    private InlineText() {
    }

    static String plain(CharSequence markdown) {
        String text = collapseSpaces(markdown);
        // each pattern runs only where the character it cannot match without is present:
        // most items are plain words, and a large roadmap spent a third of its parse here
        List<String> literals = new ArrayList<>();
        if (has(text, '\uE000') || has(text, '\uE001')) {
            text = protect(PRIVATE_MARK, text, literals, 1);
        }
        if (has(text, '\\')) {
            text = protect(ESCAPE, text, literals, 1);
        }
        if (has(text, '`')) {
            text = protect(CODE_SPAN, text, literals, 2);
        }
        if (has(text, '[')) {
            text = IMAGE.matcher(text).replaceAll("$1");
            text = LINK.matcher(text).replaceAll("$1");
            text = REFERENCE_LINK.matcher(text).replaceAll("$1");
        }
        if (has(text, '<')) {
            text = AUTOLINK.matcher(text).replaceAll("$1");
            text = HTML_TAG.matcher(text).replaceAll("");
        }
        if (has(text, '*') || has(text, '_') || has(text, '~')) {
            text = STRONG.matcher(text).replaceAll("");
            text = EMPHASIS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(m.group(1) != null ? 1 : 2)));
        }
        return collapseSpaces(literals.isEmpty() ? text : restore(text, literals));
    }

    /** Runs of whitespace (regex \\s) as one space, none at either end. */
    private static String collapseSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            }
        }
        return out.toString().strip();
    }

    private static boolean has(String text, char c) {
        return text.indexOf(c) >= 0;
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

    /** Puts the literals back, and theirs within them (an escape may sit inside a code span). */
    private static String restore(String text, List<String> literals) {
        return PLACEHOLDER.matcher(text).replaceAll(
                m -> Matcher.quoteReplacement(restore(literals.get(Integer.parseInt(m.group(1))), literals)));
    }
}
