package dev.tracker.cli;

import dev.tracker.graph.SkillStatus;

/** `tracker check`: see MarkCommand. */
public final class CheckCommand extends MarkCommand {
    public CheckCommand(TrackerContext context) {
        super(context, SkillStatus.DONE, "check",
                new String[] {"Mark skills done.",
                    "Prints the change and the progress of the skill's section, and says when",
                    "it completes one."},
                "  tracker check interfaces/l2/mocking",
                "  tracker check zombie array",
                "  tracker check l1/slicing l1/pointers",
                "  tracker check --all goroutines-the-scheduler/l1");
    }
}
