package dev.tracker.report;

import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The time a plan gives the part a skill is in: "### Morning (6 hours)" gives "Morning, 6 hours". */
final class PlanHours {
    private static final Pattern HOURS = Pattern.compile("^(.*?)\\s*\\(?\\b(\\d+(?:[.,]\\d+)?\\s*(?:hours?|hrs?|h))\\b\\)?",
            Pattern.CASE_INSENSITIVE);

    private PlanHours() {
    }

    static String of(SkillGraph graph, Skill skill) {
        if (skill.sectionId() == null) {
            return null;
        }
        List<Section> path = graph.sectionPath(skill.sectionId());
        for (int i = path.size() - 1; i >= 0; i--) {
            Matcher m = HOURS.matcher(path.get(i).title());
            if (m.find()) {
                String part = m.group(1).replaceAll("[:\\s-]+$", "").strip();
                return part.isEmpty() ? m.group(2) : part + ", " + m.group(2);
            }
        }
        return null;
    }
}
