package dev.tracker.roadmap;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import java.util.Objects;

/**
 * One mark to write: the skill (its mark's place and what the markdown says now, as parsed)
 * and the status its mark is to say.
 */
public record MarkChange(Skill skill, SkillStatus to) {
    public MarkChange {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(to, "to");
    }
}
