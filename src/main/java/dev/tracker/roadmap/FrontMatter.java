package dev.tracker.roadmap;

import java.util.regex.Pattern;

/**
 * YAML front matter is metadata for static-site tools, not part of the roadmap: a first line
 * "---", lines that all look like YAML ("key: value", indented lines, "- item"), and a closing
 * "---" or "...". Its lines are blanked, keeping line numbers. Anything less certain (a blank
 * line, prose, no closing fence) means the "---" was a thematic break, and nothing is touched.
 */
final class FrontMatter {
    private static final Pattern FENCE = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*\\r?$");
    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9_-]+[ \\t]*:.*");
    private static final Pattern CONTINUATION = Pattern.compile("^(?:[ \\t]+\\S.*|-[ \\t].*|#.*)");

    private FrontMatter() {
    }

    static String blankOut(String markdown) {
        if (!markdown.startsWith("---")) {
            return markdown;
        }
        int lineStart = markdown.indexOf('\n');
        if (lineStart < 0 || !FENCE.matcher(markdown.substring(0, lineStart)).matches()) {
            return markdown;
        }
        int newlines = 1;
        for (int start = lineStart + 1; start < markdown.length(); newlines++) {
            int end = markdown.indexOf('\n', start);
            String line = markdown.substring(start, end < 0 ? markdown.length() : end);
            boolean first = newlines == 1;
            if (!first && FENCE.matcher(line).matches()) {
                return end < 0 ? "\n".repeat(newlines) : "\n".repeat(newlines + 1) + markdown.substring(end + 1);
            }
            if (!KEY.matcher(line).matches() && (first || !CONTINUATION.matcher(line).matches())) {
                return markdown;
            }
            if (end < 0) {
                return markdown;
            }
            start = end + 1;
        }
        return markdown;
    }
}
