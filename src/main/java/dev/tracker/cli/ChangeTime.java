package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * When a change counts: now, or the time given with {@code --at} (people log yesterday's study
 * today): ISO-8601 with a zone or offset, or a day as yyyy-MM-dd: its start in the user's own
 * zone ({@link LocalZone}), so that the change counts on that day wherever days are counted
 * (`stats`). A time in the future is refused.
 */
final class ChangeTime {
    private ChangeTime() {
    }

    /** The time a command's {@code --at} gives, a day counted in the user's zone. */
    static Instant of(String given, TrackerContext context) {
        return of(given, context.clock().withZone(LocalZone.of(context)));
    }

    /** The time {@code --at} gives, a day counted in the clock's zone. */
    static Instant of(String given, Clock clock) {
        Instant now = clock.instant();
        if (given == null) {
            return now;
        }
        Instant at = parse(given.strip(), clock);
        if (at.isAfter(now)) {
            throw new TrackerException(ExitCode.USAGE, "--at " + given + " is in the future; a change is recorded "
                    + "at a time that has passed (now is " + now + ")");
        }
        return at;
    }

    private static Instant parse(String text, Clock clock) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(clock.getZone()).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new TrackerException(ExitCode.USAGE, "--at wants a day as yyyy-MM-dd or a time as ISO-8601 with its "
                    + "zone (2026-11-30T21:00:00+01:00), not '" + text + "'");
        }
    }

    /** again, hard, good or easy (also 1-4, or their first letters); anything else is a usage error. */
    static String grade(String given) {
        String word = given.strip().toLowerCase(java.util.Locale.ROOT);
        for (String grade : dev.tracker.state.HistoryEntry.GRADES) {
            int number = dev.tracker.state.HistoryEntry.GRADES.indexOf(grade) + 1;
            if (word.equals(grade) || word.equals(grade.substring(0, 1)) || word.equals(String.valueOf(number))) {
                return grade;
            }
        }
        throw new TrackerException(ExitCode.USAGE, "--grade wants again, hard, good or easy (or 1-4), not '" + given + "'");
    }
}
