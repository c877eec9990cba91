package dev.tracker.cli;

import dev.tracker.graph.SkillStatus;
import picocli.CommandLine.Command;

@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Mark skills in progress.",
                "Prints the change and the progress of the skill's section; says when it completes one."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tracker start l2/wrapping"})
public final class StartCommand extends MarkCommand {
    public StartCommand(TrackerContext context) {
        super(context, SkillStatus.IN_PROGRESS);
    }
}
