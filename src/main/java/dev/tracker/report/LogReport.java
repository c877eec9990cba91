package dev.tracker.report;

import dev.tracker.state.EntryKind;
import dev.tracker.state.HistoryEntry;
import dev.tracker.state.Progress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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
    /**
     * The entries a person made, as the log shows them: not the tracker's own `seen` entries,
     * nor the first review a `check` records beside the status it sets (the check says it).
     */
    /** A command's entry on one skill; the reader shares their strings, whose hashes are then computed once. */
    private record CommandOnSkill(String cmd, String id) {
        @Override
        public boolean equals(Object other) {
            return other instanceof CommandOnSkill that && Objects.equals(cmd, that.cmd) && Objects.equals(id, that.id);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(cmd) + Objects.hashCode(id);
        }
    }

    static List<HistoryEntry> shown(List<HistoryEntry> history) {
        // sized for the whole history at once: no rehashing of a large set as it grows
        java.util.Set<CommandOnSkill> checked = new java.util.HashSet<>(history.size() * 4 / 3 + 1);
        for (HistoryEntry entry : history) {
            if (entry.kind() == EntryKind.STATUS) {
                checked.add(new CommandOnSkill(entry.cmd(), entry.id()));
            }
        }
        java.util.Set<CommandOnSkill> hidden = new java.util.HashSet<>();
        List<HistoryEntry> shown = new ArrayList<>(history.size());
        for (HistoryEntry entry : history) {
            EntryKind kind = entry.kind();
            // keys are made only where a set is asked: most entries are statuses and notes, shown as they are
            boolean firstReview = kind == EntryKind.REVIEW && checked.contains(new CommandOnSkill(entry.cmd(), entry.id()));
            // an undo of what is not shown is not shown either: the undo of the status says it
            boolean undoOfHidden = kind == EntryKind.UNDO && !entry.changesStatus()
                    && hidden.contains(new CommandOnSkill(entry.ref(), entry.id()));
            if (kind == EntryKind.SEEN || firstReview || undoOfHidden) {
                hidden.add(new CommandOnSkill(entry.cmd(), entry.id()));
            } else {
                shown.add(entry);
            }
        }
        return shown;
    }

    public static Result of(Progress progress, LocalDate since, ZoneId zone, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more: " + limit);
        }
        Instant from = since == null ? Instant.MIN : since.atStartOfDay(zone).toInstant();
        List<HistoryEntry> entries = shown(progress.history());
        int all = entries.size();
        Collections.reverse(entries);
        entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
        entries.removeIf(entry -> entry.at().isBefore(from));
        int matched = entries.size();
        List<HistoryEntry> shown = limit == 0 ? entries : entries.subList(0, Math.min(limit, matched));
        return new Result(shown, since, matched, all);
    }
}
