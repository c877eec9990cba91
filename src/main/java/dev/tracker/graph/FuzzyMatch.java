package dev.tracker.graph;

import java.util.List;

/** Forgiving word matching for queries with typos: "goroutnes" still finds "goroutines". */
public final class FuzzyMatch {
    private FuzzyMatch() {
    }

    /** True when every needle is within a small edit distance of some word of the haystack. */
    static boolean allWordsNear(List<String> haystack, List<String> needles) {
        for (String needle : needles) {
            int allowed = needle.length() <= 3 ? 0 : needle.length() <= 6 ? 1 : 2;
            if (haystack.stream().noneMatch(word -> distance(word, needle, allowed) <= allowed)) {
                return false;
            }
        }
        return true;
    }

    /** Levenshtein distance, giving up early once it exceeds the limit. */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
