package dev.tracker.report;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.Slug;
import dev.tracker.state.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * Skills whose title or id contains every word of a search, across roadmaps. Words are
 * compared as {@link Slug#words} makes them (lower case, accents folded, symbols dropped), and
 * a word may be part of a longer one: "gorout" finds "goroutines".
 */
public final class SearchReport {
    private SearchReport() {
    }

    /** The words a search looks for: "l2/Mocking, café" gives l2, mocking, cafe. */
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
