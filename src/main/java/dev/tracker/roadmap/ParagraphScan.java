package dev.tracker.roadmap;

/**
 * Refuses, before Flexmark sees it, a paragraph (or a table, which is a paragraph until its end)
 * of more lines than any study plan has: for every line of a paragraph Flexmark gathers the lines
 * before it to try a setext heading, so the cost grows with the square of its lines (a table of
 * 70,000 rows took 9 to 14 s). A paragraph's lines are counted as the lines in a row that are not
 * blank, open no list item, heading or block quote, and are outside fenced code.
 */
final class ParagraphScan {
    private ParagraphScan() {
    }

    static void check(String markdown, int limit) {
        int run = 0;
        int line = 1;
        char fence = 0;
        for (int start = 0; start <= markdown.length(); line++) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            int first = start;
            while (first < end && (markdown.charAt(first) == ' ' || markdown.charAt(first) == '\t')) {
                first++;
            }
            char c = first < end ? markdown.charAt(first) : 0;
            boolean fenceLine = (c == '`' || c == '~') && end - first >= 3 && markdown.charAt(first + 1) == c
                    && markdown.charAt(first + 2) == c;
            if (fence != 0) {
                fence = fenceLine && c == fence ? 0 : fence;
                run = 0;
            } else if (fenceLine) {
                fence = c;
                run = 0;
            } else if (first == end) {
                run = 0;
            } else if (c == '#' || c == '>' || NestingScan.depthOf(markdown, start, end) > 0) {
                run = 1; // a block of its own starts here; its text may go on below
            } else if (++run > limit) {
                throw new RoadmapRefused("too costly to parse: a paragraph or table of more than " + limit
                        + " lines at line " + (line - limit) + " (a paragraph may have " + limit + ")");
            }
            start = end + 1;
        }
    }
}
