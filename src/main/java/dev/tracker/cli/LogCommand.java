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
    private final Specs.Value<String> since;
    private final Specs.Value<Integer> count;
    private final Specs.Value<Boolean> json;

    public LogCommand(TrackerContext context) {
        super(context, "log",
                new String[] {"What changed and when, newest first.",
                    "Every check, uncheck, start, skip and undo, with its time in UTC."},
                "  tracker log                            every change",
                "  tracker log -n 5                       the last five",
                "  tracker log --since 2026-11-01         since the first of November",
                "  tracker log --json | jq -r '.entries[] | select(.to == \"done\") | .id'");
        since = Specs.option(spec, String.class, "DATE",
                "Only changes on or after this day (yyyy-MM-dd, UTC).", "--since");
        count = Specs.option(spec, Integer.class, "N",
                "Only the N newest changes.", "-n", "--max-count");
        json = Specs.jsonFlag(spec);
    }

    @Override
    public void run() {
        Integer most = count.get();
        if (most != null && most < 1) {
            throw new TrackerException(ExitCode.USAGE, "-n must be 1 or more (how many changes to show), not " + most);
        }
        LocalDate day = since.get() == null ? null : date(since.get());
        LogReport.Result result = LogReport.of(progressForReading(), day, context.clock().getZone(),
                most == null ? 0 : most);
        print(json.get() ? JsonHistoryRenderer.log(result)
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
