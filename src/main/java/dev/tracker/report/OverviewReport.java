package dev.tracker.report;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.state.Progress;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole picture, for `tracker report`: each roadmap's progress, the L1→Ln gaps of every
 * topic, the calendar, streak and pace of {@link StatsReport}, a burndown per roadmap, and the
 * reviews due now. Made of the other reports, so that the picture and the text agree.
 *
 * @param dueShown the reviews due now, most overdue first, at most {@link #DUE_SHOWN}
 * @param dueCount every review due now
 */
public record OverviewReport(LocalDate today, StatusReport.Result status, GapsReport.Result gaps, StatsReport stats,
                             List<Burndown> burndowns, List<ReviewSchedule.Scheduled> dueShown, int dueCount,
                             Instant now) {
    /** Due reviews listed by name; the rest are counted (a page of 100,000 titles reads as none). */
    public static final int DUE_SHOWN = 50;

    public OverviewReport {
        burndowns = List.copyOf(burndowns);
        dueShown = List.copyOf(dueShown);
    }

    /** No change at all in the history: the page says so instead of an empty calendar. */
    public boolean empty() {
        return stats.empty();
    }

    public static OverviewReport of(SkillGraph graph, Progress progress, Instant now, ZoneId zone, double retention,
                                    DayOfWeek weekStart) {
        List<Roadmap> roadmaps = graph.roadmaps();
        StatsReport stats = StatsReport.of(graph, progress, roadmaps, now, zone, retention, weekStart);
        StatusReport.Result status = StatusReport.of(graph, progress, roadmaps, 0);
        List<dev.tracker.state.HistoryEntry> counted = CountedChanges.of(progress.history());
        List<Burndown> burndowns = new ArrayList<>();
        for (StatusReport.RoadmapStatus line : status.roadmaps()) {
            burndowns.add(Burndown.of(line.roadmap(), counted, line.counts().open(), stats.today(), zone));
        }
        List<ReviewSchedule.Scheduled> due = ReviewSchedule.of(graph, progress, now, retention).due();
        return new OverviewReport(stats.today(), status, GapsReport.of(graph, progress, roadmaps), stats, burndowns,
                due.subList(0, Math.min(DUE_SHOWN, due.size())), due.size(), now);
    }
}
