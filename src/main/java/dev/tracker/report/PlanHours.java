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

    /** The hours a section's title gives ("Morning (6 hours)" gives 6, "1.5 h" 1.5), or 0 when it gives none. */
    static double hoursOf(String title) {
        Matcher m = HOURS.matcher(title);
        if (!m.find()) {
            return 0;
        }
        String number = m.group(2).replaceAll("[^0-9.,]", "").replace(',', '.');
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return 0;
        }
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
