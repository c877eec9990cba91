package dev.tracker.roadmap;

/**
 * Refuses, before Flexmark sees it, a file whose lists or block quotes nest deeper than any
 * study plan: Flexmark recurses once per level (a few thousand levels overflow its stack) and
 * re-checks every open level on every line (30,000 levels and as many blank lines run for
 * minutes). A line's depth is counted from its start: each {@code >} and each list marker in a
 * row, plus one level for every two columns of indentation before them.
 */
final class NestingScan {
    private NestingScan() {
    }

    static void check(String markdown, int limit) {
        int line = 1;
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            int depth = depthOf(markdown, start, end);
            if (depth > limit) {
                throw new RoadmapRefused("nested too deeply: lists or block quotes " + depth + " levels deep at line "
                        + line + ", more than the " + limit + " a roadmap may have");
            }
            line++;
            start = end + 1;
        }
    }

    /** The levels of list and quote a line opens or continues, counted from its first character. */
    static int depthOf(CharSequence text, int start, int end) {
        int columns = 0;
        int i = start;
        for (; i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); i++) {
            columns += text.charAt(i) == '\t' ? 4 - columns % 4 : 1;
        }
        int markers = 0;
        while (i < end) {
            int next = afterMarker(text, i, end);
            if (next < 0) {
                break;
            }
            markers++;
            for (i = next; i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); i++) {
                continue;
            }
        }
        return markers == 0 ? 0 : markers + columns / 2;
    }

    /** Where the block quote or list marker at {@code i} ends, or -1 if none starts there. */
    private static int afterMarker(CharSequence text, int i, int end) {
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        if (c == '-' || c == '*' || c == '+') {
            return i + 1 == end || isBlank(text.charAt(i + 1)) ? i + 1 : -1;
        }
        int digits = i;
        while (digits < end && digits - i < 9 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == i || digits == end || text.charAt(digits) != '.' && text.charAt(digits) != ')') {
            return -1;
        }
        return digits + 1 == end || isBlank(text.charAt(digits + 1)) ? digits + 1 : -1;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
