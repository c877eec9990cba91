package dev.tracker.report;

import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.Progress;
import dev.tracker.state.SkillState;
import java.util.List;

/**
 * A skill as the browsing commands show it: where it stands now and where it sits. One record
 * for list, search and show, so that their text and JSON agree on every field.
 *
 * @param skill       the skill
 * @param status      its status: the user's, else the markdown's mark
 * @param sectionPath the titles of its sections, outermost first (empty before any heading)
 * @param state       what the user set and when, or null when the markdown's mark stands
 */
public record SkillView(Skill skill, SkillStatus status, List<String> sectionPath, SkillState state) {
    public SkillView {
        sectionPath = List.copyOf(sectionPath);
    }

    public static SkillView of(SkillGraph graph, Progress progress, Skill skill) {
        List<String> path = skill.sectionId() == null ? List.of()
                : graph.sectionPath(skill.sectionId()).stream().map(Section::title).toList();
        return new SkillView(skill, progress.statusOf(skill), path, progress.stateOf(skill.id()));
    }

    public static List<SkillView> of(SkillGraph graph, Progress progress, List<Skill> skills) {
        return skills.stream().map(skill -> of(graph, progress, skill)).toList();
    }
}
