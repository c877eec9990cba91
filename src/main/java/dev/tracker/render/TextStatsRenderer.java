package dev.tracker.render;

import dev.tracker.report.PlanSchedule;
import dev.tracker.report.ReviewPulse;
import dev.tracker.report.RoadmapPace;
import dev.tracker.report.StatsReport;
import dev.tracker.report.Streak;

/** `tracker stats` as text: the streak, the calendar, a line per roadmap, plans, reviews. */
public final class TextStatsRenderer {
    private static final String NO_CHANGES = "no changes yet: no streak, pace or plan to show "
            + "(tracker check SKILL records the first)\n";
    private static final int NUMBERS = 2 + 9 + 2 + 9 + 2 + 5 + 2;

    private final int width;

    public TextStatsRenderer(int width) {
        this.width = width;
    }

    /** @param weeks the calendar's weeks */
    public String render(StatsReport report, int weeks) {
        if (report.empty()) {
            return NO_CHANGES;
        }
        StringBuilder out = new StringBuilder();
        line(out, streak(report.streak()));
        out.append(TextHeatmap.render(report.calendar(), report.today(), weeks, report.weekStart())).append('\n');
        roadmaps(out, report);
        for (RoadmapPace pace : report.roadmaps()) {
            if (pace.schedule() != null) {
                out.append('\n');
                schedule(out, pace);
            }
        }
        out.append('\n');
        line(out, reviews(report.reviews()));
        return out.toString();
    }

    private static String streak(Streak streak) {
        String current = streak.current() == 0 ? "no streak" : "streak: " + days(streak.current());
        return current + " (longest " + days(streak.longest()) + "), last active " + streak.lastActive();
    }

    /** A table where it fits the width; else two lines a roadmap, its id and then its numbers. */
    private void roadmaps(StringBuilder out, StatsReport report) {
        int idWidth = 7;
        int etaWidth = 0;
        for (RoadmapPace pace : report.roadmaps()) {
            idWidth = Math.max(idWidth, DisplayWidth.of(pace.roadmap().id()));
            etaWidth = Math.max(etaWidth, eta(pace).length());
        }
        if (2 + idWidth + NUMBERS + etaWidth > width) {
            for (RoadmapPace pace : report.roadmaps()) {
                line(out, "  " + pace.roadmap().id());
                line(out, "    " + pace.doneThisWeek() + " this week, " + pace.doneLastWeek() + " last, " + pace.remaining()
                        + " left; " + eta(pace));
            }
            return;
        }
        line(out, "  " + Text.fit("roadmap", idWidth) + "  this week  last week   left  when done");
        for (RoadmapPace pace : report.roadmaps()) {
            line(out, "  " + Text.fit(pace.roadmap().id(), idWidth) + Text.padLeft(String.valueOf(pace.doneThisWeek()), 11)
                    + Text.padLeft(String.valueOf(pace.doneLastWeek()), 11) + Text.padLeft(String.valueOf(pace.remaining()), 7)
                    + "  " + eta(pace));
        }
    }

    /** "at 6 a week: 2027-03-14"; "done" when nothing is left; "no pace yet" without one. */
    static String eta(RoadmapPace pace) {
        if (pace.remaining() == 0) {
            return "done";
        }
        return pace.eta() == null ? "no pace yet" : "at " + number(pace.pacePerWeek()) + " a week: " + pace.eta();
    }

    private void schedule(StringBuilder out, RoadmapPace pace) {
        PlanSchedule plan = pace.schedule();
        line(out, pace.roadmap().id() + " · a plan of " + plan.periods() + " " + plural(plan.unit(), plan.periods()));
        if (plan.startedOn() == null) {
            line(out, "  not started: no change in it yet");
        } else {
            line(out, "  " + plan.unit() + " " + plan.current() + " since you started on " + plan.startedOn());
        }
        if (plan.firstOpen() == null) {
            line(out, "  every " + plan.unit() + " of the plan is done");
        } else {
            String behind = plan.behind() == null ? ""
                    : plan.behind() == 0 ? ": on schedule"
                    : ": " + Math.abs(plan.behind()) + " " + plural(plan.unit(), plan.behind())
                        + (plan.behind() > 0 ? " behind" : " ahead");
            line(out, "  the first open " + plan.unit() + " is " + plan.firstOpen().label(plan.unit()) + behind);
        }
        if (plan.hours() != null) {
            line(out, "  hours: " + number(plan.hours().done()) + " of " + number(plan.hours().total()) + " done, "
                    + number(plan.hours().left()) + " left");
        }
    }

    private static String reviews(ReviewPulse reviews) {
        String retention = reviews.retention() == null ? "no recall in the last 30 days"
                : reviews.remembered() + " of " + reviews.recalls() + (reviews.recalls() == 1 ? " recall" : " recalls")
                    + " remembered in 30 days (" + Math.round(reviews.retention() * 100) + "%)";
        String due = reviews.dueThisWeek() + " due this week" + (reviews.dueNow() > 0 ? " (" + reviews.dueNow() + " now)" : "");
        return "reviews: " + retention + "; " + due;
    }

    private void line(StringBuilder out, String text) {
        out.append(Text.cut(text, width)).append('\n');
    }

    private static String days(int count) {
        return count + (count == 1 ? " day" : " days");
    }

    private static String plural(String unit, long count) {
        return unit + (Math.abs(count) == 1 ? "" : "s");
    }

    /** 6, 1.5, 0.3: whole numbers without a fraction, others to one decimal. */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }
}
