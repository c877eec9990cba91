package dev.tracker.report;

import dev.tracker.graph.QueryRules;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import java.util.ArrayList;
import java.util.List;

/** Finds topics across roadmaps by the rules skills are found by ({@link QueryRules}), best first. */
public final class TopicQuery {
    private TopicQuery() {
    }

    public static List<Topic> find(SkillGraph graph, String query) {
        List<Topic> all = new ArrayList<>();
        for (Roadmap roadmap : graph.roadmaps()) {
            all.addAll(Topic.of(graph, roadmap));
        }
        return QueryRules.find(all, Topic::id, Topic::title, query).items();
    }
}
