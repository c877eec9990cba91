package dev.tracker.state;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two copies of the state merged as schema 2 allows: the union of their histories. Entries are
 * grouped by their command ({@code cmd}); a command both sides hold is kept once (and should
 * its entries differ, each entry once). Commands are ordered by their ids, which sort in the
 * order they were recorded; each side's own order is kept as it was, so the result is the two
 * sides' commands interleaved, never reordered within a side. Replaying the union gives the
 * per-skill map: the later change of a skill wins, and both stay in the history.
 */
public final class HistoryUnion {
    /** The merged progress, and how many commands came from where. */
    public record Result(Progress merged, int ours, int theirs, int both) {
    }

    private HistoryUnion() {
    }

    public static Result of(Progress ours, Progress theirs) {
        Map<String, List<HistoryEntry>> mine = byCommand(ours.history());
        Map<String, List<HistoryEntry>> other = byCommand(theirs.history());
        List<HistoryEntry> history = new ArrayList<>(ours.history().size() + theirs.history().size());
        Iterator<Map.Entry<String, List<HistoryEntry>>> left = mine.entrySet().iterator();
        Iterator<Map.Entry<String, List<HistoryEntry>>> right = onlyIn(other, mine);
        Map.Entry<String, List<HistoryEntry>> a = next(left);
        Map.Entry<String, List<HistoryEntry>> b = next(right);
        int both = 0;
        while (a != null || b != null) {
            // ties (which distinct ids cannot be) would keep ours first
            if (b == null || a != null && a.getKey().compareTo(b.getKey()) <= 0) {
                List<HistoryEntry> same = other.get(a.getKey());
                history.addAll(same == null ? a.getValue() : union(a.getValue(), same));
                both += same == null ? 0 : 1;
                a = next(left);
            } else {
                history.addAll(b.getValue());
                b = next(right);
            }
        }
        return new Result(new Progress(history), mine.size() - both, other.size() - both, both);
    }

    /**
     * A side's commands in the order it holds them. A command's entries are recorded together,
     * so an entry of the same command as the one before it joins that one's list without a look-up.
     */
    private static Map<String, List<HistoryEntry>> byCommand(List<HistoryEntry> history) {
        Map<String, List<HistoryEntry>> commands = new LinkedHashMap<>(history.size());
        String cmd = null;
        List<HistoryEntry> entries = null;
        for (HistoryEntry entry : history) {
            if (!entry.cmd().equals(cmd)) {
                cmd = entry.cmd();
                entries = commands.computeIfAbsent(cmd, k -> new ArrayList<>(2));
            }
            entries.add(entry);
        }
        return commands;
    }

    /** The commands of {@code side} that {@code not} does not hold, in their order. */
    private static Iterator<Map.Entry<String, List<HistoryEntry>>> onlyIn(Map<String, List<HistoryEntry>> side,
                                                                       Map<String, List<HistoryEntry>> not) {
        return side.entrySet().stream().filter(command -> !not.containsKey(command.getKey())).iterator();
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
