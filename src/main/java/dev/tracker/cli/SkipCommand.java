package dev.tracker.cli;

import dev.tracker.graph.SkillStatus;
import picocli.CommandLine.Command;

@Command(name = "skip", mixinStandardHelpOptions = true,
        description = {"Mark skills skipped: never planned, and left out of the percent.",
                "Prints the change and the progress of the skill's section; says when it completes one."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tracker skip go-4-week-bootcamp/week-3/add-to-your-api/makefile"})
public final class SkipCommand extends MarkCommand {
    public SkipCommand(TrackerContext context) {
        super(context, SkillStatus.SKIPPED);
    }
}
