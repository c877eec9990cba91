package dev.tracker.cli;

import dev.tracker.graph.SkillStatus;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Mark skills done.",
                "Prints the change and the progress of the skill's section; says when it completes one."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tracker check interfaces/l2/mocking",
                "  tracker check zombie array",
                "  tracker check l1/syntax l1/pointers"})
public final class CheckCommand extends MarkCommand {
    public CheckCommand(TrackerContext context) {
        super(context, SkillStatus.DONE);
    }
}
