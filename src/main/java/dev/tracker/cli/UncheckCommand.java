package dev.tracker.cli;

import dev.tracker.graph.SkillStatus;
import picocli.CommandLine.Command;

@Command(name = "uncheck", mixinStandardHelpOptions = true,
        description = {"Mark skills not done.",
                "Where the markdown itself leaves a skill open, the state file forgets it,",
                "so the markdown's own mark shows again.",
                "Prints the change and the progress of the skill's section; says when it completes one."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tracker uncheck interfaces/l2/mocking"})
public final class UncheckCommand extends MarkCommand {
    public UncheckCommand(TrackerContext context) {
        super(context, SkillStatus.TODO);
    }
}
