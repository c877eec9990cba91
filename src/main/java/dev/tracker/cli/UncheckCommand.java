package dev.tracker.cli;

import dev.tracker.graph.SkillStatus;

/** `tracker uncheck`: see MarkCommand. */
public final class UncheckCommand extends MarkCommand {
    public UncheckCommand(TrackerContext context) {
        super(context, SkillStatus.TODO, "uncheck",
                new String[] {"Mark skills not done.",
                    "Where the markdown itself leaves a skill open, the state file forgets it,",
                    "so the markdown's own mark shows again.",
                    "Prints the change and the progress of the skill's section, and says when",
                    "it completes one."},
                "  tracker uncheck interfaces/l2/mocking");
    }
}
