package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.JsonHistoryRenderer;
import dev.tracker.render.TextHistoryRenderer;
import dev.tracker.report.LogReport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code tracker log}: What changed and when, newest first. */
public final class LogCommand extends ModelledCommand implements Runnable {
    String since;
    Integer count;
    boolean json;

    public LogCommand(TrackerContext context) {
        super(context);
        spec = Specs.command(this, "log",
                new String[] {"What changed and when, newest first.",
                    "Every check, uncheck, start, skip and undo, with its time in UTC."},
                "%nExamples:%n",
                "  tracker log                            every change",
                "  tracker log -n 5                       the last five",
                "  tracker log --since 2026-11-01         since the first of November",
                "  tracker log --json | jq -r '.entries[] | select(.to == \"done\") | .id'");
        Specs.option(spec, String.class, "DATE",
                "Only changes on or after this day (yyyy-MM-dd, UTC).", "--since");
        Specs.option(spec, Integer.class, "N",
                "Only the N newest changes.", "-n", "--max-count");
        Specs.jsonFlag(spec);
        Specs.addHelpOptions(spec);
    }

    /** The values picocli parsed, into the fields the command reads. */
    private void bind() {
        since = Specs.value(spec, "--since", since);
        count = Specs.value(spec, "--max-count", count);
        json = Specs.value(spec, "--json", json);
    }

    @Override
    public void run() {
        bind();
        if (count != null && count < 1) {
            throw new TrackerException(ExitCode.USAGE, "-n must be 1 or more (how many changes to show), not " + count);
        }
        LocalDate day = since == null ? null : date(since);
        LogReport.Result result = LogReport.of(root().workspace().progressForReading(), day, context.clock().getZone(),
                count == null ? 0 : count);
        context.out().print(json ? JsonHistoryRenderer.log(result)
                : new TextHistoryRenderer(context.width(), context.clock().getZone()).log(result));
    }

    /** A day as yyyy-MM-dd; anything else (2026-2-3, 2026-02-30, yesterday) is a usage error. */
    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TrackerException(ExitCode.USAGE, "--since wants a day as yyyy-MM-dd, such as 2026-11-01, not '" + text + "'");
        }
    }
}
