package dev.tracker.report;

import dev.tracker.graph.QueryResolver;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.Slug;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds topics by id (exact, then its end) or by the words of their title, across roadmaps. */
public final class TopicQuery {
    private TopicQuery() {
    }

    public static List<Topic> find(SkillGraph graph, String query) {
        String wanted = query.strip().toLowerCase(Locale.ROOT).replaceAll("^/+|/+$", "");
        List<Topic> all = new ArrayList<>();
        for (Roadmap roadmap : graph.roadmaps()) {
            all.addAll(Topic.of(graph, roadmap));
        }
        List<Topic> found = all.stream().filter(t -> t.id().equals(wanted)).toList();
        if (found.isEmpty()) {
            found = all.stream().filter(t -> t.id().endsWith("/" + wanted)).toList();
        }
        if (found.isEmpty()) {
            List<String> words = Slug.words(query.replace('/', ' '));
            found = words.isEmpty() ? List.of()
                    : all.stream().filter(t -> QueryResolver.containsAllWords(Slug.words(t.title()), words)).toList();
        }
        return found;
    }
}
