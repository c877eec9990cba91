package dev.tracker.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shortest end of each id that no other id ends with, on '/' boundaries: `tracker check`
 * accepts it like the whole id, and it fits a narrow terminal. Made for the skills of a graph,
 * or for any set of ids (sections, topics).
 */
public final class ShortIds {
    private final Map<String, Integer> suffixCounts = new HashMap<>();

    /**
     * The skills' ids, each end also counted against the sections' ids: a query that ends a
     * section's id as well names the section first (see SectionResolver#outranks).
     */
    public ShortIds(SkillGraph graph) {
        this(skillAndSectionIds(graph));
    }

    private static List<String> skillAndSectionIds(SkillGraph graph) {
        List<String> ids = new ArrayList<>(graph.skills().stream().map(Skill::id).toList());
        graph.roadmaps().forEach(r -> r.sections().forEach(s -> ids.add(s.id())));
        return ids;
    }

    public ShortIds(Collection<String> ids) {
        for (String id : ids) {
            for (int slash = id.indexOf('/'); slash >= 0; slash = id.indexOf('/', slash + 1)) {
                suffixCounts.merge(id.substring(slash + 1), 1, Integer::sum);
            }
        }
    }

    /** The ids of every section of the graph's roadmaps. */
    public static ShortIds ofSections(SkillGraph graph) {
        List<String> ids = new ArrayList<>();
        graph.roadmaps().forEach(r -> r.sections().forEach(s -> ids.add(s.id())));
        return new ShortIds(ids);
    }

    /** The shortest unique end of the skill's id, or the whole id when no shorter end is unique. */
    public String of(Skill skill) {
        return of(skill.id());
    }

    /** The shortest unique end of the id, or the whole id when no shorter end is unique. */
    public String of(String id) {
        for (int slash = id.lastIndexOf('/'); slash >= 0; slash = id.lastIndexOf('/', slash - 1)) {
            if (suffixCounts.getOrDefault(id.substring(slash + 1), 0) == 1) {
                return id.substring(slash + 1);
            }
            if (slash == 0) {
                break;
            }
        }
        return id;
    }
}
