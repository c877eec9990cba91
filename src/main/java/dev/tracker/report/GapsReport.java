package dev.tracker.report;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The L1→Ln gaps: per topic, each level's counts and the frontier (lowest level not complete). */
public final class GapsReport {
    /**
     * @param frontier      the lowest level of the topic not complete, or 0 when all are
     * @param skippedAhead  a level above the frontier has skills done: a possible gap in foundations
     * @param missing       per level, the skills neither done nor skipped
     */
    public record TopicGaps(Topic topic, Map<Integer, Counts> counts, int frontier, boolean skippedAhead,
                            Map<Integer, List<Skill>> missing) {
    }

    /** @param levels every level number of the roadmap; empty for a roadmap without levels */
    public record RoadmapGaps(Roadmap roadmap, List<Integer> levels, List<TopicGaps> topics) {
        /** How many topics stand at each frontier (0 = complete), lowest first. */
        public Map<Integer, Integer> topicsPerFrontier() {
            Map<Integer, Integer> perFrontier = new TreeMap<>();
            topics.forEach(t -> perFrontier.merge(t.frontier(), 1, Integer::sum));
            return perFrontier;
        }
    }

    public record Result(List<RoadmapGaps> roadmaps) {
    }

    private GapsReport() {
    }

    public static Result of(SkillGraph graph, Progress progress, List<Roadmap> roadmaps) {
        List<RoadmapGaps> result = new ArrayList<>();
        for (Roadmap roadmap : roadmaps) {
            List<Topic> topics = Topic.of(graph, roadmap);
            List<TopicGaps> rows = new ArrayList<>();
            for (Topic topic : topics) {
                rows.add(topicGaps(topic, progress));
            }
            result.add(new RoadmapGaps(roadmap, Topic.levelNumbers(topics), rows));
        }
        return new Result(result);
    }

    /** One topic alone, as `tracker gaps TOPIC` shows it. */
    public static Result ofTopic(SkillGraph graph, Progress progress, Topic topic) {
        Roadmap roadmap = graph.findRoadmap(topic.roadmapId()).orElseThrow();
        return new Result(List.of(new RoadmapGaps(roadmap, List.copyOf(topic.levels().keySet()),
                List.of(topicGaps(topic, progress)))));
    }

    static TopicGaps topicGaps(Topic topic, Progress progress) {
        Map<Integer, Counts> counts = new LinkedHashMap<>();
        Map<Integer, List<Skill>> missing = new LinkedHashMap<>();
        int frontier = 0;
        for (Map.Entry<Integer, List<Skill>> level : topic.levels().entrySet()) {
            Counts levelCounts = Counts.of(level.getValue(), progress);
            counts.put(level.getKey(), levelCounts);
            missing.put(level.getKey(), level.getValue().stream().filter(s -> isOpen(progress.statusOf(s))).toList());
            if (frontier == 0 && !levelCounts.complete() && levelCounts.total() > 0) {
                frontier = level.getKey();
            }
        }
        int lowestOpen = frontier;
        boolean skippedAhead = frontier > 0 && counts.entrySet().stream()
                .anyMatch(e -> e.getKey() > lowestOpen && e.getValue().done() > 0);
        return new TopicGaps(topic, counts, frontier, skippedAhead, missing);
    }

    private static boolean isOpen(SkillStatus status) {
        return status == SkillStatus.TODO || status == SkillStatus.IN_PROGRESS;
    }
}
