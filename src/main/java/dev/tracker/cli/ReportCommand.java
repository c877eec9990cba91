package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.HtmlReportRenderer;
import dev.tracker.report.LocalDay;
import dev.tracker.report.OverviewReport;
import java.util.Locale;

/** {@code tracker report --html [FILE]}: the whole picture as one page to open in a browser. */
public final class ReportCommand extends ModelledCommand implements Runnable {
    static final String DEFAULT_FILE = "tracker-report.html";

    private final Specs.Value<Boolean> html;
    private final Specs.Value<String> file;

    public ReportCommand(TrackerContext context) {
        super(context, "report",
                new String[] {"Progress, levels, calendar, burndowns and due reviews as one HTML page.",
                    "Each roadmap's progress, the L1→Ln levels of every topic as a heat map, the",
                    "calendar of your changes, a burndown per roadmap and the reviews due now.",
                    "Self-contained (no script, nothing fetched); light or dark as the browser",
                    "prefers. FILE is replaced only when it is a report the tracker wrote."},
                "  tracker report --html                       writes tracker-report.html",
                "  tracker report --html ~/progress.html       writes it there",
                "  tracker report --html - | gzip > r.html.gz  to standard output");
        html = Specs.flag(spec, "Write HTML (the only format so far).", "--html");
        file = Specs.word(spec, "FILE", "Where to write it (default: " + DEFAULT_FILE + "; -: standard output).");
    }

    @Override
    public void run() {
        if (!html.get()) {
            throw new TrackerException(ExitCode.USAGE, "report needs a format: --html (the only one so far),"
                    + " as in: tracker report --html");
        }
        String name = file.get() == null ? DEFAULT_FILE : file.get();
        if (name.isEmpty()) {
            throw new TrackerException(ExitCode.USAGE, "FILE is empty; give a file name, or - for standard output");
        }
        OverviewReport report = OverviewReport.of(graph(), progressForReading(), context.clock().instant(),
                LocalZone.of(context), workspace().settings().retention().value(),
                LocalDay.named(workspace().settings().weekStart().value()));
        String page = HtmlReportRenderer.render(report);
        if (name.equals("-")) {
            print(page);
            return;
        }
        long bytes = ReportFile.write(context.workingDir().resolve(name), name, page, HtmlReportRenderer.GENERATOR);
        print(String.format(Locale.ROOT, "wrote %s (%,d KB): %d roadmaps, %d reviews due%s%n", name,
                (bytes + 1023) / 1024, report.status().roadmaps().size(), report.dueCount(),
                report.empty() ? "; no changes yet" : ""));
    }
}
