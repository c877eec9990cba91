package dev.tracker.report;

import dev.tracker.state.HistoryEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many changes the user made on each day, days being local dates: a change at 23:30 and
 * one at 00:30 are two days. A change backfilled with {@code --at} counts on the day it names.
 *
 * @param changes per day with at least one change, the count; oldest first
 */
public record ActivityCalendar(SortedMap<LocalDate, Integer> changes) {
    public ActivityCalendar {
        changes = Collections.unmodifiableSortedMap(new TreeMap<>(changes));
    }

    /**
     * Linear in the entries: a history in time order holds each day's changes together, so a
     * day is counted as a run and added once; only the days are sorted.
     */
    static ActivityCalendar of(List<HistoryEntry> counted, ZoneId zone) {
        LocalDays localDays = new LocalDays(zone);
        Map<LocalDate, Integer> days = new HashMap<>();
        LocalDate run = null;
        int length = 0;
        for (HistoryEntry entry : counted) {
            LocalDate day = localDays.of(entry.at());
            if (day != run) {
                if (run != null) {
                    days.merge(run, length, Integer::sum);
                }
                run = day;
                length = 0;
            }
            length++;
        }
        if (run != null) {
            days.merge(run, length, Integer::sum);
        }
        return new ActivityCalendar(new TreeMap<>(days));
    }

    /** The changes made on {@code day} (0 when none). */
    public int on(LocalDate day) {
        return changes.getOrDefault(day, 0);
    }

    /** The days from {@code first} to {@code last}, both included, that have changes. */
    public SortedMap<LocalDate, Integer> between(LocalDate first, LocalDate last) {
        return last.isBefore(first) ? Collections.emptySortedMap() : changes.subMap(first, last.plusDays(1));
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
