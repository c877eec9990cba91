package dev.tracker.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rules every query goes through, strongest first: the whole id; the end of an id, as typed
 * or as the slug of the query ("Scan Cost" finds {@code …/l3/scan-cost}); the label before a
 * colon in the title ("Scan Cost:"); all words in the id below the roadmap; all words in the
 * title or id; then the same rules on the query read with its typos corrected (see
 * {@link FuzzyMatch#readings}). The first rule that finds anything answers, its finds ranked
 * best first: one find is the answer, several are candidates, never a guess.
 */
public final class QueryRules {
    /** What the rules found: by which rule, best first, and the corrected reading when typos were read. */
    public record Found<T>(QueryResult.Match match, List<T> items, String reading) {
        public Found {
            items = List.copyOf(items);
        }
    }

    private QueryRules() {
    }

    /** The query as ids are compared: trimmed, lower case, no slash at either end. */
    static String normalized(String rawQuery) {
        return rawQuery.strip().toLowerCase(Locale.ROOT).replaceAll("^/+|/+$", "");
    }

    /** The words of a query, split at slashes and dashes too: "l2/Scan-Cost" gives l2, scan, cost. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : Slug.words(text.replace('/', ' '))) {
            for (String part : word.split("-")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        }
        return words;
    }

    public static <T> Found<T> find(List<T> items, Function<T, String> idOf, Function<T, String> titleOf, String rawQuery) {
        String query = normalized(rawQuery);
        List<String> words = words(query);
        if (query.isEmpty()) {
            return new Found<>(QueryResult.Match.NONE, List.of(), null);
        }
        List<Findable<T>> findables = items.stream().map(item -> new Findable<>(item, idOf.apply(item), titleOf.apply(item))).toList();
        Found<Findable<T>> found = exactly(findables, query, words);
        if (found.match() == QueryResult.Match.NONE && !words.isEmpty()) {
            found = corrected(findables, words);
        }
        return new Found<>(found.match(), found.items().stream().map(Findable::item).toList(), found.reading());
    }

    /** The rules without typos: the first that finds anything answers. */
    private static <T> Found<Findable<T>> exactly(List<Findable<T>> all, String query, List<String> words) {
        String slugPath = slugPath(query);
        // the id as typed before its slug: "plán/alpha" is that roadmap's, not also plan/alpha
        List<Findable<T>> found = filter(all, f -> f.id().equals(query));
        if (found.isEmpty()) {
            found = filter(all, f -> f.id().equals(slugPath));
        }
        if (!found.isEmpty()) {
            return new Found<>(QueryResult.Match.EXACT_ID, found, null);
        }
        found = filter(all, f -> f.id().endsWith("/" + query) || !slugPath.isEmpty() && f.id().endsWith("/" + slugPath));
        if (!found.isEmpty()) {
            return new Found<>(QueryResult.Match.ID_SUFFIX, found, null);
        }
        if (words.isEmpty()) {
            return new Found<>(QueryResult.Match.NONE, List.of(), null);
        }
        found = filter(all, f -> f.label().equals(words));
        if (!found.isEmpty()) {
            return new Found<>(QueryResult.Match.LABEL, found, null);
        }
        found = ranked(filter(all, f -> containsAllWords(f.ownIdParts(), words)), words);
        if (!found.isEmpty()) {
            return new Found<>(QueryResult.Match.ID_WORDS, found, null);
        }
        found = ranked(filter(all, f -> containsAllWords(f.allWords(), words)), words);
        return new Found<>(found.isEmpty() ? QueryResult.Match.NONE : QueryResult.Match.TITLE_WORDS, found, null);
    }

    /** The rules again on each reading of the query with its typos corrected; the strongest rule's finds. */
    private static <T> Found<Findable<T>> corrected(List<Findable<T>> all, List<String> words) {
        Set<String> vocabulary = new LinkedHashSet<>();
        all.forEach(f -> vocabulary.addAll(f.allWords()));
        QueryResult.Match best = QueryResult.Match.NONE;
        Set<Findable<T>> found = new LinkedHashSet<>();
        String reading = null;
        for (List<String> read : FuzzyMatch.readings(words, vocabulary)) {
            Found<Findable<T>> tried = exactly(all, String.join(" ", read), read);
            if (tried.match().compareTo(best) < 0) {
                best = tried.match();
                found.clear();
                reading = String.join(" ", read);
            }
            if (tried.match() == best && best != QueryResult.Match.NONE) {
                found.addAll(tried.items());
            }
        }
        return new Found<>(found.isEmpty() ? QueryResult.Match.NONE : QueryResult.Match.FUZZY, List.copyOf(found), reading);
    }

    /** "Scan Cost" as an id's end: each part between slashes made a slug, "scan-cost". */
    private static String slugPath(String query) {
        List<String> parts = new ArrayList<>();
        for (String part : query.split("/")) {
            List<String> words = Slug.words(part);
            if (!words.isEmpty()) {
                parts.add(String.join("-", words));
            }
        }
        return String.join("/", parts);
    }

    /** Best first: each query word scores by where it is found (see {@link Findable#score}); ties keep their order. */
    private static <T> List<Findable<T>> ranked(List<Findable<T>> found, List<String> words) {
        Map<Findable<T>, Integer> scores = new IdentityHashMap<>();
        found.forEach(f -> scores.put(f, words.stream().mapToInt(f::score).sum()));
        List<Findable<T>> ranked = new ArrayList<>(found);
        ranked.sort(Comparator.comparingInt(scores::get));
        return ranked;
    }

    /** Every needle is a word of the haystack, or (from three letters) the start of one. */
    public static boolean containsAllWords(List<String> haystack, List<String> needles) {
        for (String needle : needles) {
            if (haystack.stream().noneMatch(w -> isWordOrStart(w, needle))) {
                return false;
            }
        }
        return true;
    }

    static boolean isWordOrStart(String word, String needle) {
        return word.equals(needle) || needle.length() >= 3 && word.startsWith(needle);
    }

    private static <T> List<T> filter(List<T> items, Predicate<T> test) {
        List<T> found = new ArrayList<>();
        for (T item : items) {
            if (test.test(item)) {
                found.add(item);
            }
        }
        return found;
    }
}
