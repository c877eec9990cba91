package dev.tracker.roadmap;

/**
 * Refuses, before Flexmark sees it, a run of {@code *}, {@code _} or {@code -} longer than any
 * study plan writes (spaces and tabs inside it count as part of the run). Flexmark's thematic-break
 * pattern recurses once per mark on such a line, and its emphasis nesting as well: a run of
 * 900,000 {@code *} in a list item overflowed the parser's 256 MB stack after seconds.
 */
final class MarkRunScan {
    private MarkRunScan() {
    }

    static void check(String markdown, int limit) {
        int line = 1;
        char mark = 0;
        int run = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '*' || c == '_' || c == '-') {
                run = c == mark ? run + 1 : 1;
                mark = c;
                if (run > limit) {
                    throw new RoadmapRefused("too costly to parse: a run of more than " + limit + " " + mark
                            + " at line " + line + " (a run may have " + limit + ")");
                }
            } else if (c != ' ' && c != '\t') {
                mark = 0;
                run = 0;
                line += c == '\n' ? 1 : 0;
            }
        }
    }
}
