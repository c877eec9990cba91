package dev.tracker.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** Days as the user lives them: local dates in their zone, weeks from Monday. */
public final class LocalDay {
    private LocalDay() {
    }

    /** The local date of an instant; a plain offset zone skips the rules lookup. */
    public static LocalDate of(Instant at, ZoneId zone) {
        if (zone instanceof ZoneOffset offset) {
            return LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond() + offset.getTotalSeconds(), 86_400L));
        }
        return LocalDate.ofInstant(at, zone);
    }

    /** The Monday of the week {@code day} is in. */
    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
