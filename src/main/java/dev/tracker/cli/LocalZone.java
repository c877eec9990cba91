package dev.tracker.cli;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The user's own time zone, for what is counted in days they live (streaks, the calendar): $TZ
 * when it names a zone ("Europe/Berlin", also ":Europe/Berlin" as the C library takes it), else
 * the system's. The clock stays UTC for every stored time; only days are local.
 */
final class LocalZone {
    private LocalZone() {
    }

    static ZoneId of(TrackerContext context) {
        String given = context.env().getOrDefault("TZ", "").strip();
        if (given.startsWith(":")) {
            given = given.substring(1);
        }
        if (!given.isEmpty()) {
            try {
                return ZoneId.of(given);
            } catch (DateTimeException e) {
                // a POSIX rule such as "CET-1CEST" Java cannot read: the system's zone, as the JVM took it
            }
        }
        return ZoneId.systemDefault();
    }
}
