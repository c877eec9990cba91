package dev.tracker.report;

import java.time.LocalDate;

/**
 * Runs of days with at least one change.
 *
 * @param current    the run that ends today, or yesterday while today has none yet (the day is
 *                   not over); 0 when neither day has a change
 * @param longest    the longest run ever
 * @param lastActive the last day with a change, or null when there is none
 */
public record Streak(int current, int longest, LocalDate lastActive) {
    public static final Streak NONE = new Streak(0, 0, null);

    static Streak of(ActivityCalendar calendar, LocalDate today) {
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        LocalDate last = null;
        for (LocalDate day : calendar.changes().keySet()) {
            if (day.isAfter(today)) {
                break; // a change stamped in the future (another machine's clock) is no part of a run yet
            }
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
            last = day;
        }
        if (last == null) {
            return NONE;
        }
        boolean alive = last.equals(today) || last.equals(today.minusDays(1));
        return new Streak(alive ? run : 0, longest, last);
    }
}
