package dev.tracker.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Typos with a bound: "goroutnes" is read as "goroutines", "scna" as "scan". A word that is no
 * word of the roadmaps (nor the start of one) is replaced by the words nearest to it, within
 * an edit distance that grows with its length (none up to 3 letters, 1 up to 6, else 2; a
 * swap of two letters is one edit). Only the nearest words count, so a typo never floods.
 */
public final class FuzzyMatch {
    /** Words tied at the nearest distance that a reading tries, and readings in all. */
    private static final int ALTERNATIVES = 4;
    private static final int READINGS = 8;

    private FuzzyMatch() {
    }

    /** The edits a word of this length may carry. */
    public static int allowed(String word) {
        return word.length() <= 3 ? 0 : word.length() <= 6 ? 1 : 2;
    }

    /**
     * The queries the words may have meant, each a list of words; none when a word is nothing
     * near any word of the vocabulary, or when no word needed correcting.
     */
    public static List<List<String>> readings(List<String> words, Collection<String> vocabulary) {
        List<List<String>> readings = List.of(List.of());
        boolean corrected = false;
        for (String word : words) {
            List<String> alternatives = vocabulary.stream().anyMatch(v -> QueryRules.isWordOrStart(v, word))
                    ? List.of(word) : nearest(word, vocabulary);
            if (alternatives.isEmpty()) {
                return List.of();
            }
            corrected |= !alternatives.equals(List.of(word));
            List<List<String>> longer = new ArrayList<>();
            for (List<String> reading : readings) {
                for (String alternative : alternatives) {
                    if (longer.size() < READINGS) {
                        List<String> next = new ArrayList<>(reading);
                        next.add(alternative);
                        longer.add(next);
                    }
                }
            }
            readings = longer;
        }
        return corrected ? readings : List.of();
    }

    /** The vocabulary's words at the least distance from the word, within its bound; at most a few. */
    static List<String> nearest(String word, Collection<String> vocabulary) {
        int best = allowed(word);
        List<String> nearest = new ArrayList<>();
        for (String candidate : vocabulary) {
            int distance = distance(word, candidate, best);
            if (distance < best && distance <= allowed(word)) {
                nearest.clear();
                best = distance;
            }
            if (distance == best && distance <= allowed(word) && nearest.size() < ALTERNATIVES) {
                nearest.add(candidate);
            }
        }
        return best == 0 ? List.of(word) : nearest;
    }

    /** Edit distance with swaps of neighbours counted as one edit, giving up once it exceeds the limit. */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            d[i][0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return Math.min(d[a.length()][b.length()], limit + 1);
    }
}
