package dev.tracker.report;

import dev.tracker.graph.Roadmap;
import java.time.LocalDate;
import java.util.Collection;

/**
 * A roadmap's pace: skills done this week (from Monday) and last, skills a week over the last
 * four weeks (28 days, today included), what is left, and when it would be done at that pace.
 * A skill counts once, on the last day it was checked, and only while it is still done.
 *
 * @param pacePerWeek skills done in the last 28 days, over 4; 0 when none
 * @param remaining   skills neither done nor skipped
 * @param eta         today plus the weeks the remaining skills take at that pace; null without
 *                    a pace, or when nothing remains
 * @param schedule    where the user stands against a plan of days, weeks or months; null for other roadmaps
 */
public record RoadmapPace(Roadmap roadmap, int doneThisWeek, int doneLastWeek, double pacePerWeek, int remaining,
                          LocalDate eta, PlanSchedule schedule) {
    static final int PACE_DAYS = 28;

    /** @param doneDays the day each of the roadmap's done skills was last checked */
    /** @param monday the first day of this week (a Monday unless the config's week-start says otherwise) */
    static RoadmapPace of(Roadmap roadmap, Collection<LocalDate> doneDays, int remaining, LocalDate today,
                          LocalDate monday, PlanSchedule schedule) {
        LocalDate paceStart = today.minusDays(PACE_DAYS - 1);
        int thisWeek = 0;
        int lastWeek = 0;
        int inPace = 0;
        for (LocalDate day : doneDays) {
            if (day.isAfter(today)) {
                continue;
            }
            thisWeek += day.isBefore(monday) ? 0 : 1;
            lastWeek += !day.isBefore(monday.minusDays(7)) && day.isBefore(monday) ? 1 : 0;
            inPace += day.isBefore(paceStart) ? 0 : 1;
        }
        double pace = inPace / 4.0;
        LocalDate eta = pace == 0 || remaining == 0 ? null
                : today.plusDays((long) Math.ceil(remaining * 7.0 / pace));
        return new RoadmapPace(roadmap, thisWeek, lastWeek, pace, remaining, eta, schedule);
    }
}
