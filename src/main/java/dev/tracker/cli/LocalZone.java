package dev.tracker.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TimeZone;

/**
 * The user's own time zone, for what is counted in days they live (streaks, the calendar): $TZ
 * when it names a zone ("Europe/Berlin", also ":Europe/Berlin" as the C library takes it), else
 * the system's. The clock stays UTC for every stored time; only days are local.
 * A name of UTC ("Etc/UTC", "GMT", ...) is {@link ZoneOffset#UTC} itself: a region zone loads the
 * JDK's zone rules provider (its tzdb file, a service lookup in the runtime image), which took
 * ~20 ms of CPU, a seventh of `tracker stats` (issue 15's budget is 15% over `status`).
 */
final class LocalZone {
    /** The tzdb's names of UTC: zero offset, no daylight saving, ever. */
    static final Set<String> UTC_NAMES = Set.of("UTC", "Etc/UTC", "UCT", "Etc/UCT", "GMT", "Etc/GMT", "GMT0",
            "Etc/GMT0", "GMT+0", "Etc/GMT+0", "GMT-0", "Etc/GMT-0", "Universal", "Etc/Universal", "Zulu", "Etc/Zulu",
            "Greenwich", "Etc/Greenwich", "Z");

    private LocalZone() {
    }

    static ZoneId of(TrackerContext context) {
        String given = context.env().getOrDefault("TZ", "").strip();
        if (given.startsWith(":")) {
            given = given.substring(1);
        }
        if (!given.isEmpty()) {
            if (UTC_NAMES.contains(given)) {
                return ZoneOffset.UTC;
            }
            try {
                return ZoneId.of(given);
            } catch (DateTimeException e) {
                // a POSIX rule such as "CET-1CEST" Java cannot read: the system's zone, as the JVM took it
            }
        }
        TimeZone system = TimeZone.getDefault();
        return UTC_NAMES.contains(system.getID()) ? ZoneOffset.UTC : system.toZoneId();
    }
}
