package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.JsonStatsRenderer;
import dev.tracker.render.TextHeatmap;
import dev.tracker.render.TextStatsRenderer;
import dev.tracker.report.LocalDay;
import dev.tracker.report.StatsReport;
import java.util.List;

/** {@code tracker stats}: the habit behind the totals: streak, calendar, pace, ETA, plan, reviews. */
public final class StatsCommand extends ModelledCommand implements Runnable {
    private final Specs.Value<String> roadmap;
    private final Specs.Value<Integer> weeks;
    private final Specs.Value<Boolean> json;

    public StatsCommand(TrackerContext context) {
        super(context, "stats",
                new String[] {"Your streak, a calendar of your changes, and each roadmap's pace and ETA.",
                    "A change is a check, uncheck, start, skip, review or note, on its local day",
                    "($TZ, else the system's zone). Plans of days, weeks or months also show",
                    "where you stand against them; reviews show the retention of 30 days."},
                "  tracker stats                          every roadmap",
                "  tracker stats senior-go-14-day-plan    one roadmap, against its 14 days",
                "  tracker stats --weeks 12               a calendar of 12 weeks",
                "  tracker stats --json | jq '.streak'");
        roadmap = Specs.word(spec, "ROADMAP", "A roadmap's id or file name (its changes alone).");
        weeks = Specs.option(spec, Integer.class, "N",
                "Weeks of the calendar (default: what fits the width, up to 52).", "--weeks");
        json = Specs.jsonFlag(spec);
    }

    @Override
    public void run() {
        Integer asked = weeks.get();
        if (asked != null && asked < 1) {
            throw new TrackerException(ExitCode.USAGE, "--weeks must be 1 or more (weeks of the calendar), not " + asked);
        }
        SkillGraph graph = graph();
        List<Roadmap> roadmaps = roadmap.get() == null ? graph.roadmaps() : List.of(Roadmaps.find(graph, roadmap.get()));
        StatsReport report = StatsReport.of(graph, progressForReading(), roadmaps, context.clock().instant(),
                LocalZone.of(context), workspace().settings().retention().value(),
                LocalDay.named(workspace().settings().weekStart().value()));
        if (json.get()) {
            print(JsonStatsRenderer.render(report, asked == null ? report.calendar().changes()
                    : report.calendar().between(TextHeatmap.firstDay(report.today(), asked, report.weekStart()), report.today())));
            return;
        }
        int fits = TextHeatmap.weeksFor(context.width());
        print(new TextStatsRenderer(context.width()).render(report, asked == null ? fits : Math.min(asked, fits)));
    }
}
