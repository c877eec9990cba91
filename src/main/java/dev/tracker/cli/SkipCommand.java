package dev.tracker.cli;

import dev.tracker.graph.SkillStatus;

/** `tracker skip`: see MarkCommand. */
public final class SkipCommand extends MarkCommand {
    public SkipCommand(TrackerContext context) {
        super(context, SkillStatus.SKIPPED, "skip",
                new String[] {"Mark skills skipped: never planned, and left out of the percent.",
                    "Prints the change and the progress of the skill's section, and says when",
                    "it completes one."},
                "  tracker skip go-4-week-bootcamp/week-3/add-to-your-api/makefile",
                "  tracker skip --all goroutines-the-scheduler/l1");
    }
}
