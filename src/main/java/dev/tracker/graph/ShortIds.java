package dev.tracker.graph;

import java.util.HashMap;
import java.util.Map;

/**
 * The shortest end of each skill id that no other skill id ends with, on '/' boundaries:
 * `tracker check` accepts it like the whole id, and it fits a narrow terminal.
 */
public final class ShortIds {
    private final Map<String, Integer> suffixCounts = new HashMap<>();

    public ShortIds(SkillGraph graph) {
        for (Skill skill : graph.skills()) {
            String id = skill.id();
            for (int slash = id.indexOf('/'); slash >= 0; slash = id.indexOf('/', slash + 1)) {
                suffixCounts.merge(id.substring(slash + 1), 1, Integer::sum);
            }
        }
    }

    /** The shortest unique end of the id, or the whole id when no shorter end is unique. */
    public String of(Skill skill) {
        String id = skill.id();
        String shortest = id;
        for (int slash = id.lastIndexOf('/'); slash >= 0; slash = id.lastIndexOf('/', slash - 1)) {
            String suffix = id.substring(slash + 1);
            if (suffixCounts.getOrDefault(suffix, 0) == 1) {
                return suffix;
            }
            if (slash == 0) {
                break;
            }
        }
        return shortest;
    }
}
