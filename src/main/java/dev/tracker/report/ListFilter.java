package dev.tracker.report;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which skills a list shows. Statuses combine as "any of" ({@code --todo --in-progress} shows
 * what is open); no status means every status, and level 0 means every level.
 *
 * @param statuses the statuses to show, or empty for all
 * @param level    the level to show (a heading's {@code L2} gives 2), or 0 for all
 */
public record ListFilter(Set<SkillStatus> statuses, int level) {
    public static final ListFilter ALL = new ListFilter(Set.of(), 0);

    public ListFilter {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        if (level < 0) {
            throw new IllegalArgumentException("level must be 0 or more: " + level);
        }
    }

    public boolean accepts(Skill skill, SkillStatus status) {
        return (statuses.isEmpty() || statuses.contains(status)) && (level == 0 || skill.level() == level);
    }

    /** "todo or in-progress at level 2": what a list shows, for the line that says it found none. */
    public String describe() {
        List<String> labels = new ArrayList<>();
        for (SkillStatus status : SkillStatus.values()) {
            if (statuses.contains(status)) {
                labels.add(status.label());
            }
        }
        String what = labels.isEmpty() ? "" : String.join(" or ", labels) + " ";
        return what + "skill" + (level == 0 ? "" : " at level " + level);
    }
}
