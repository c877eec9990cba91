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

    /**
     * The topics of a roadmap in document order; empty when it has no levels. Levels written
     * above topics ("## L1: Beginner" › "### CSS") make topics of the level's subsections,
     * one per title across the levels, so that CSS has its L1, L2 and L3.
     */
    public static List<Topic> of(SkillGraph graph, Roadmap roadmap) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, Map<Integer, List<Skill>>> levels = new LinkedHashMap<>();
        Map<String, List<Section>> children = new LinkedHashMap<>();
        for (Section section : roadmap.sections()) {
            if (section.parentId() != null) {
                children.computeIfAbsent(section.parentId(), k -> new ArrayList<>()).add(section);
            }
        }
        for (Section section : roadmap.sections()) {
            if (section.level() == 0 || hasLevelAbove(graph, section)) {
                continue;
            }
            List<Skill> own = new ArrayList<>(graph.skillsUnder(section.id()));
            for (Section child : children.getOrDefault(section.id(), List.of())) {
                List<Skill> skills = graph.skillsUnder(child.id());
                if (child.level() != 0 || skills.isEmpty()) {
                    continue;
                }
                own.removeAll(skills);
                String key = section.parentId() + "\n" + child.title().strip().toLowerCase(java.util.Locale.ROOT);
                add(key, child, section.level(), skills, titles, ids, levels);
            }
            Section parent = section.parentId() == null ? null : graph.section(section.parentId());
            Section owner = parent == null ? section : parent;
            if (!own.isEmpty() || !children.containsKey(section.id())) {
                add(owner.id(), owner, section.level(), own, titles, ids, levels);
            }
        }
        List<Topic> topics = new ArrayList<>();
        titles.forEach((key, title) -> topics.add(new Topic(roadmap.id(), ids.get(key), title, levels.get(key))));
        return topics;
    }

    private static void add(String key, Section section, int level, List<Skill> skills, Map<String, String> titles,
                            Map<String, String> ids, Map<String, Map<Integer, List<Skill>>> levels) {
        titles.putIfAbsent(key, section.title());
        ids.putIfAbsent(key, section.id());
        levels.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(level, k -> new ArrayList<>()).addAll(skills);
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
