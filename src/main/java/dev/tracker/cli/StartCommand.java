package dev.tracker.cli;

import dev.tracker.graph.SkillStatus;

/** `tracker start`: see MarkCommand. */
public final class StartCommand extends MarkCommand {
    public StartCommand(TrackerContext context) {
        super(context, SkillStatus.IN_PROGRESS, "start",
                new String[] {"Mark skills in progress.",
                    "Prints the change and the progress of the skill's section, and says when",
                    "it completes one."},
                "  tracker start l2/wrapping");
    }
}
