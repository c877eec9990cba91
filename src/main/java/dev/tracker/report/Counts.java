package dev.tracker.report;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.Progress;
import java.util.List;

/** How many skills of a group stand where. Skipped skills leave the denominator of the percent. */
public record Counts(int total, int done, int inProgress, int skipped) {
    public static Counts of(List<Skill> skills, Progress progress) {
        int done = 0;
        int inProgress = 0;
        int skipped = 0;
        for (Skill skill : skills) {
            SkillStatus status = progress.statusOf(skill);
            switch (status) {
                case DONE -> done++;
                case IN_PROGRESS -> inProgress++;
                case SKIPPED -> skipped++;
                case TODO -> { }
            }
        }
        return new Counts(skills.size(), done, inProgress, skipped);
    }

    /** Skills still to do: neither done nor skipped. */
    public int open() {
        return total - done - skipped;
    }

    /** Done, out of the skills not skipped, rounded down so that 100 means all of them. */
    public int percent() {
        int counted = total - skipped;
        if (counted == 0) {
            return total == 0 ? 0 : 100;
        }
        return (int) (100L * done / counted);
    }

    /** Every skill is done or skipped, and there is at least one. */
    public boolean complete() {
        return total > 0 && open() == 0;
    }
}
