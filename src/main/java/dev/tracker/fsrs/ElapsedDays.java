package dev.tracker.fsrs;

import java.time.Instant;

/**
 * The two ways ts-fsrs counts days between two moments; they differ, and each is used where
 * ts-fsrs uses it.
 */
public final class ElapsedDays {
    private static final long SECONDS_PER_DAY = 86_400;
    private static final long MILLIS_PER_DAY = SECONDS_PER_DAY * 1000;

    private ElapsedDays() {
    }

    /**
     * Calendar days in UTC, times of day ignored: 23:59 UTC to 00:01 UTC is 1 day, 00:01 to 23:59
     * the same day is 0. This is what scheduling uses (ts-fsrs's {@code dateDiffInDays}); the user's
     * own time zone plays no part. Negative when {@code to} is on an earlier UTC day.
     */
    public static long utcCalendarDays(Instant from, Instant to) {
        return Math.floorDiv(to.getEpochSecond(), SECONDS_PER_DAY)
                - Math.floorDiv(from.getEpochSecond(), SECONDS_PER_DAY);
    }

    /**
     * Whole periods of 24 hours, rounded down, never negative: what ts-fsrs's
     * {@code get_retrievability} uses ({@code date_diff(now, last_review, 'days')}). Counted on
     * milliseconds, as JavaScript dates hold no finer time.
     */
    public static long whole24HourPeriods(Instant from, Instant to) {
        return Math.max(Math.floorDiv(to.toEpochMilli() - from.toEpochMilli(), MILLIS_PER_DAY), 0);
    }
}
