package dev.tracker.report;

import dev.tracker.graph.FuzzyMatch;
import dev.tracker.graph.QueryRules;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.Slug;
import dev.tracker.state.Progress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Skills whose title or id contains every word of a search, across roadmaps. Words are
 * compared as {@link Slug#words} makes them (lower case, accents folded, symbols dropped), and
 * a word may be part of a longer one: "gorout" finds "goroutines".
 */
public final class SearchReport {
    private SearchReport() {
    }

    /** The words a search looks for: "l2/Mocking, café" gives l2, mocking, cafe (the query rules' words). */
    public static List<String> words(String text) {
        return QueryRules.words(text);
    }

    /**
     * What a search that found nothing may have meant: its words with typos read as the nearest
     * words of the roadmaps ({@link FuzzyMatch#readings}): the readings that find skills, at most three.
     */
    public static List<String> didYouMean(SkillGraph graph, List<String> words) {
        Set<String> vocabulary = new LinkedHashSet<>();
        for (Skill skill : graph.skills()) {
            vocabulary.addAll(words(skill.title()));
            vocabulary.addAll(words(skill.id()));
        }
        List<String> meant = new ArrayList<>();
        for (List<String> reading : FuzzyMatch.readings(words, vocabulary)) {
            if (meant.size() < 3 && !of(graph, Progress.EMPTY, reading).isEmpty()) {
                meant.add(String.join(" ", reading));
            }
        }
        return meant;
    }

    /** The matching skills in roadmap then document order; none when there are no words. */
    public static List<SkillView> of(SkillGraph graph, Progress progress, List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<Skill> found = new ArrayList<>();
        for (Skill skill : graph.skills()) {
            String haystack = String.join(" ", Slug.words(skill.title())) + " " + skill.id();
            if (words.stream().allMatch(haystack::contains)) {
                found.add(skill);
            }
        }
        return SkillView.of(graph, progress, found);
    }
}
