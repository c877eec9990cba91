package dev.tracker.state;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** HistoryUnion as it was before its look-ups were cut (main at 76e8002): the reference it is held to. */
final class ReferenceHistoryUnion {
    private ReferenceHistoryUnion() {
    }

    static Progress of(Progress ours, Progress theirs) {
        Map<String, List<HistoryEntry>> mine = byCommand(ours.history());
        Map<String, List<HistoryEntry>> other = byCommand(theirs.history());
        List<HistoryEntry> history = new ArrayList<>(ours.history().size() + theirs.history().size());
        Iterator<Map.Entry<String, List<HistoryEntry>>> left = mine.entrySet().iterator();
        Iterator<Map.Entry<String, List<HistoryEntry>>> right = onlyIn(other, mine).iterator();
        Map.Entry<String, List<HistoryEntry>> a = next(left);
        Map.Entry<String, List<HistoryEntry>> b = next(right);
        while (a != null || b != null) {
            // ties (which distinct ids cannot be) would keep ours first
            if (b == null || a != null && a.getKey().compareTo(b.getKey()) <= 0) {
                List<HistoryEntry> same = other.get(a.getKey());
                history.addAll(same == null ? a.getValue() : union(a.getValue(), same));
                a = next(left);
            } else {
                history.addAll(b.getValue());
                b = next(right);
            }
        }
        return new Progress(history);
    }

    /** A side's commands in the order it holds them (a command's entries are recorded together). */
    private static Map<String, List<HistoryEntry>> byCommand(List<HistoryEntry> history) {
        Map<String, List<HistoryEntry>> commands = new LinkedHashMap<>();
        for (HistoryEntry entry : history) {
            commands.computeIfAbsent(entry.cmd(), k -> new ArrayList<>(2)).add(entry);
        }
        return commands;
    }

    private static List<Map.Entry<String, List<HistoryEntry>>> onlyIn(Map<String, List<HistoryEntry>> side,
                                                                       Map<String, List<HistoryEntry>> not) {
        List<Map.Entry<String, List<HistoryEntry>>> only = new ArrayList<>();
        for (Map.Entry<String, List<HistoryEntry>> command : side.entrySet()) {
            if (!not.containsKey(command.getKey())) {
                only.add(command);
            }
        }
        return only;
    }

    /** One command as both sides hold it: normally the same entries; if not, every entry once, ours first. */
    private static List<HistoryEntry> union(List<HistoryEntry> ours, List<HistoryEntry> theirs) {
        if (ours.equals(theirs)) {
            return ours;
        }
        Set<HistoryEntry> entries = new LinkedHashSet<>(ours);
        entries.addAll(theirs);
        return new ArrayList<>(entries);
    }

    private static <T> T next(Iterator<T> iterator) {
        return iterator.hasNext() ? iterator.next() : null;
    }
}
