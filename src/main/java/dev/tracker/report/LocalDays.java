package dev.tracker.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The local dates of many instants in one zone, as {@link LocalDay#of} gives them, for a
 * history read in time order: the zone's offset is looked up once for each stretch between two
 * of its transitions, and consecutive instants of one day get the same LocalDate. A report over
 * 100,000 entries then costs a comparison and a division an entry. Not thread-safe.
 */
final class LocalDays {
    private final ZoneRules rules;
    /** The epoch seconds [from, until) over which {@link #offsetSeconds} holds. */
    private long from = Long.MAX_VALUE;
    private long until = Long.MIN_VALUE;
    private int offsetSeconds;
    private long lastEpochDay;
    private LocalDate lastDay;

    LocalDays(ZoneId zone) {
        this.rules = zone.getRules();
    }

    LocalDate of(Instant at) {
        long second = at.getEpochSecond();
        if (second < from || second >= until) {
            lookUp(at);
        }
        long epochDay = Math.floorDiv(second + offsetSeconds, 86_400L);
        if (lastDay == null || epochDay != lastEpochDay) {
            lastDay = LocalDate.ofEpochDay(epochDay);
            lastEpochDay = epochDay;
        }
        return lastDay;
    }

    /** The offset at {@code at}, which holds from there until the zone's next transition. */
    private void lookUp(Instant at) {
        ZoneOffset offset = rules.getOffset(at);
        ZoneOffsetTransition next = rules.nextTransition(at);
        offsetSeconds = offset.getTotalSeconds();
        from = at.getEpochSecond();
        until = next == null ? Long.MAX_VALUE : next.toEpochSecond();
    }
}
