package dev.tracker.roadmap;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML front matter (a first line "---", then "key: value" lines up to a closing "---" or "...") is metadata for
 * static-site tools, not part of the roadmap: its lines are blanked, keeping line numbers.
 */
final class FrontMatter {
    /** Opens with "---" and a "key:" line, so that a leading thematic break is not taken for it. */
    private static final Pattern BLOCK = Pattern.compile(
            "\\A---[ \\t]*\\r?\\n[A-Za-z0-9_-]+[ \\t]*:.*\\r?\\n(?:.*\\r?\\n)*?(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)");

    private FrontMatter() {
    }

    static String blankOut(String markdown) {
        if (!markdown.startsWith("---")) {
            return markdown;
        }
        Matcher m = BLOCK.matcher(markdown);
        if (!m.find()) {
            return markdown;
        }
        String newlines = m.group().replaceAll("[^\\n]", "");
        return newlines + markdown.substring(m.end());
    }
}
