package dev.tracker.report;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A section that holds level sections ("## Interfaces" with "### L1", "### L2", "### L3"),
 * with the skills of each level. A level section with no topic above it ("## L3 Graphing
 * Challenges") is a topic of its own, with that one level and no invented others.
 *
 * @param roadmapId the roadmap it is in
 * @param id      the topic section's id (the level section's own, for a topic-less level)
 * @param title   its title
 * @param levels  level number to its skills, in document order, lowest level first
 */
public record Topic(String roadmapId, String id, String title, Map<Integer, List<Skill>> levels) {
    public Topic {
        levels = java.util.Collections.unmodifiableMap(new TreeMap<>(levels));
    }

    /** The topics of a roadmap in document order; empty when it has no levels. */
    public static List<Topic> of(SkillGraph graph, Roadmap roadmap) {
        Map<String, Section> owners = new LinkedHashMap<>();
        Map<String, Map<Integer, List<Skill>>> levels = new LinkedHashMap<>();
        for (Section section : roadmap.sections()) {
            if (section.level() == 0 || hasLevelAbove(graph, section)) {
                continue;
            }
            Section parent = section.parentId() == null ? null : graph.section(section.parentId());
            Section owner = parent == null ? section : parent;
            owners.putIfAbsent(owner.id(), owner);
            levels.computeIfAbsent(owner.id(), k -> new TreeMap<>())
                    .computeIfAbsent(section.level(), k -> new ArrayList<>())
                    .addAll(graph.skillsUnder(section.id()));
        }
        List<Topic> topics = new ArrayList<>();
        owners.forEach((id, owner) -> topics.add(new Topic(roadmap.id(), id, owner.title(), levels.get(id))));
        return topics;
    }

    /** Every level number any topic of these has, ascending. */
    public static List<Integer> levelNumbers(List<Topic> topics) {
        return topics.stream().flatMap(t -> t.levels().keySet().stream()).distinct().sorted().toList();
    }

    /** A level heading nested in another level's section belongs to that one, not to a topic. */
    private static boolean hasLevelAbove(SkillGraph graph, Section section) {
        for (String id = section.parentId(); id != null; id = graph.section(id).parentId()) {
            if (graph.section(id).level() > 0) {
                return true;
            }
        }
        return false;
    }
}
