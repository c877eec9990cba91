package dev.tracker.report;

import dev.tracker.state.EntryKind;
import dev.tracker.state.HistoryEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The history entries that count as something the user did, for streaks, pace and the
 * calendar: a status set (check, uncheck, start, skip), a recall graded, a note written. Not
 * the tracker's own entries (`seen`, the first review a `check` records beside its status,
 * reattachments, undo entries), and nothing of a command that was undone.
 */
final class CountedChanges {
    private CountedChanges() {
    }

    static List<HistoryEntry> of(List<HistoryEntry> history) {
        Set<String> undone = new HashSet<>();
        for (HistoryEntry entry : history) {
            if (entry.undo()) {
                undone.add(entry.ref());
            }
        }
        List<HistoryEntry> counted = new ArrayList<>();
        for (HistoryEntry entry : LogReport.shown(history)) {
            EntryKind kind = entry.kind();
            boolean change = kind == EntryKind.STATUS || kind == EntryKind.REVIEW || kind == EntryKind.NOTE;
            if (change && !undone.contains(entry.cmd())) {
                counted.add(entry);
            }
        }
        return counted;
    }
}
