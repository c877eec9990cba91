package dev.tracker.report;

import dev.tracker.state.HistoryEntry;
import dev.tracker.state.Progress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * What changed and when, newest first. Order is by time; entries with the same time keep the
 * order they were made in, latest first (a state file merged from two machines may hold its
 * history out of time order, and the log still reads newest first).
 */
public final class LogReport {
    /**
     * @param entries the entries to show, newest first
     * @param since   the first day shown, or null for every day
     * @param matched how many entries the date allowed, before the limit
     * @param total   how many entries the history holds
     */
    public record Result(List<HistoryEntry> entries, LocalDate since, int matched, int total) {
        public Result {
            entries = List.copyOf(entries);
        }
    }

    private LogReport() {
    }

    /**
     * @param since the first day to show (in {@code zone}), or null for every day
     * @param limit the most entries to show, or 0 for all of them
     */
    public static Result of(Progress progress, LocalDate since, ZoneId zone, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more: " + limit);
        }
        Instant from = since == null ? Instant.MIN : since.atStartOfDay(zone).toInstant();
        List<HistoryEntry> entries = new ArrayList<>(progress.history());
        Collections.reverse(entries);
        entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
        entries.removeIf(entry -> entry.at().isBefore(from));
        int matched = entries.size();
        List<HistoryEntry> shown = limit == 0 ? entries : entries.subList(0, Math.min(limit, matched));
        return new Result(shown, since, matched, progress.history().size());
    }
}
