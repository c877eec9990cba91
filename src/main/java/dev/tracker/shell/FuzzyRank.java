package dev.tracker.shell;

import dev.tracker.graph.FuzzyMatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Keeps the completion candidates that fit a partly typed word, best first. Those that start
 * with it, when there are any (so {@code che} completes to {@code check}, not also
 * {@code uncheck}); else those with a part (after {@code / - _ .}) that starts with it, then
 * those that contain it anywhere, so {@code interf} finds
 * {@code go-architect-tracker/interfaces/l2/mocking}; else those with a path part holding its
 * letters in order ({@code ifcs} finds {@code interfaces}), for a slip in the middle of a word;
 * else, for a typo, those with a part nearest to it ({@code mokcing} finds {@code mocking}).
 * Case is ignored; ties keep the candidates' own order.
 */
final class FuzzyRank {
    private static final int NO_MATCH = Integer.MAX_VALUE;
    private static final Pattern PARTS = Pattern.compile("[/\\-_. ]+");

    private FuzzyRank() {
    }

    static <T> List<T> best(Collection<T> items, Function<T, String> key, String typed) {
        String word = typed.toLowerCase(Locale.ROOT);
        List<T> ranked = new ArrayList<>(items);
        if (word.isEmpty()) {
            return ranked;
        }
        ranked.removeIf(item -> rank(key.apply(item).toLowerCase(Locale.ROOT), word) == NO_MATCH);
        if (ranked.isEmpty()) {
            ranked = new ArrayList<>(items);
            ranked.removeIf(item -> !inOrder(key.apply(item).toLowerCase(Locale.ROOT), word));
            return ranked.isEmpty() ? nearest(items, key, word) : ranked;
        }
        ranked.sort(Comparator.comparingInt(item -> rank(key.apply(item).toLowerCase(Locale.ROOT), word)));
        if (rank(key.apply(ranked.get(0)).toLowerCase(Locale.ROOT), word) == 0) {
            ranked.removeIf(item -> rank(key.apply(item).toLowerCase(Locale.ROOT), word) != 0);
        }
        return ranked;
    }

    /**
     * For a typo ("mokcing"): the items with a part nearest to the word within its bound (see
     * FuzzyMatch), those at the least distance only, so that a typo never floods the list.
     */
    private static <T> List<T> nearest(Collection<T> items, Function<T, String> key, String word) {
        List<T> nearest = new ArrayList<>();
        int best = FuzzyMatch.allowed(word) + 1;
        for (T item : items) {
            int distance = typoDistance(key.apply(item).toLowerCase(Locale.ROOT), word);
            if (distance < best) {
                nearest.clear();
                best = distance;
            }
            if (distance == best && distance <= FuzzyMatch.allowed(word)) {
                nearest.add(item);
            }
        }
        return nearest;
    }

    /**
     * The least edit distance between the word and the start of a part of the text (the word
     * may be half typed), or more than the word's bound allows.
     */
    static int typoDistance(String text, String word) {
        int allowed = FuzzyMatch.allowed(word);
        int best = allowed + 1;
        for (String part : PARTS.split(text)) {
            for (int length = Math.max(1, word.length() - allowed); length <= Math.min(part.length(), word.length() + allowed); length++) {
                best = Math.min(best, FuzzyMatch.distance(word, part.substring(0, length), allowed));
            }
        }
        return best;
    }

    /** 0 starts with the word, 1 a part starts with it, 2 contains it, else no match. */
    private static int rank(String candidate, String word) {
        if (candidate.startsWith(word)) {
            return 0;
        }
        int at = candidate.indexOf(word);
        if (at < 0) {
            return NO_MATCH;
        }
        for (; at >= 0; at = candidate.indexOf(word, at + 1)) {
            if ("/-_. ".indexOf(candidate.charAt(at - 1)) >= 0) {
                return 1;
            }
        }
        return 2;
    }

    /**
     * Every letter of the word, in order, with anything between, inside one part of a path (at
     * least two letters typed): across a whole id almost any letters would be found somewhere.
     */
    private static boolean inOrder(String candidate, String word) {
        if (word.length() < 2) {
            return false;
        }
        for (String part : candidate.split("/")) {
            int from = 0;
            for (int i = 0; i < word.length() && from >= 0; i++) {
                from = part.indexOf(word.charAt(i), from);
                from = from < 0 ? -1 : from + 1;
            }
            if (from >= 0) {
                return true;
            }
        }
        return false;
    }
}
