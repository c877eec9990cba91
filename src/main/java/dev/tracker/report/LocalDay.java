package dev.tracker.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Days as the user lives them: local dates in their zone, weeks from the day the config's week-start names. */
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

    /** The first day of the week {@code day} is in, for weeks that start on {@code first}. */
    public static LocalDate weekStart(LocalDate day, DayOfWeek first) {
        return day.with(TemporalAdjusters.previousOrSame(first));
    }

    /** The day a week-start setting names ("monday" … "sunday", in any case; the config checked it). */
    public static DayOfWeek named(String day) {
        return DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
    }
}
