package dev.tracker.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the skill a user means: exact id, then id suffix, then title words, then a fuzzy
 * match. Each step runs only when the one before found nothing, and a step that finds
 * several skills stops the search: ambiguity is reported, never guessed away.
 */
public final class QueryResolver {
    /** Compiled once: a command resolves its query against every skill. */
    private static final Pattern ID_PARTS = Pattern.compile("[/-]");

    private final SkillGraph graph;

    public QueryResolver(SkillGraph graph) {
        this.graph = graph;
    }

    public QueryResult resolve(String rawQuery) {
        String query = rawQuery.strip().toLowerCase(Locale.ROOT).replaceAll("^/+|/+$", "");
        if (query.isEmpty()) {
            return new QueryResult(rawQuery, QueryResult.Match.NONE, List.of());
        }
        List<Skill> skills = graph.skills();
        List<Skill> found = filter(skills, s -> s.id().equals(query));
        if (!found.isEmpty()) {
            return new QueryResult(rawQuery, QueryResult.Match.EXACT_ID, found);
        }
        found = filter(skills, s -> s.id().endsWith("/" + query));
        if (!found.isEmpty()) {
            return new QueryResult(rawQuery, QueryResult.Match.ID_SUFFIX, found);
        }
        List<String> words = Slug.words(query.replace('/', ' '));
        if (words.isEmpty()) {
            return new QueryResult(rawQuery, QueryResult.Match.NONE, List.of());
        }
        found = filter(skills, s -> containsAllWords(searchWords(s), words));
        if (!found.isEmpty()) {
            return new QueryResult(rawQuery, QueryResult.Match.TITLE_WORDS, found);
        }
        found = filter(skills, s -> FuzzyMatch.allWordsNear(searchWords(s), words));
        return new QueryResult(rawQuery, found.isEmpty() ? QueryResult.Match.NONE : QueryResult.Match.FUZZY, found);
    }

    /** The words a skill can be found by: its title's and its id's. */
    private static List<String> searchWords(Skill skill) {
        List<String> words = new ArrayList<>(Slug.words(skill.title()));
        for (String part : ID_PARTS.split(skill.id())) {
            words.add(part);
        }
        return words;
    }

    /** Every needle is a word of the haystack, or (from three letters) the start of one. */
    public static boolean containsAllWords(List<String> haystack, List<String> needles) {
        for (String needle : needles) {
            if (haystack.stream().noneMatch(w -> w.equals(needle) || w.startsWith(needle) && needle.length() >= 3)) {
                return false;
            }
        }
        return true;
    }

    private static List<Skill> filter(List<Skill> skills, Predicate<Skill> test) {
        List<Skill> found = new ArrayList<>();
        for (Skill skill : skills) {
            if (test.test(skill)) {
                found.add(skill);
            }
        }
        return found;
    }
}
