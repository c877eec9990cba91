package dev.tracker.state;

import dev.tracker.graph.SkillStatus;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a schema 1 state into schema 2's history. Each v1 entry becomes a command of its own,
 * recorded in file order; a v1 undo (which reverted the latest change not yet undone) names the
 * command it reverted. Where replaying that does not give v1's map (a v1 reattach moved an
 * entry without saying so in the history), a closing status entry per skill sets what v1 held,
 * so that the migrated state is exactly what the user had.
 */
final class V1Migration {
    /** A v1 history entry, as the file had it. */
    record V1Entry(Instant at, String id, SkillStatus from, SkillStatus to, boolean undo) {
    }

    private V1Migration() {
    }

    static Progress migrate(Map<String, SkillState> v1Skills, List<V1Entry> v1History) {
        List<HistoryEntry> history = new ArrayList<>();
        Deque<HistoryEntry> stack = new ArrayDeque<>();
        Map<String, Instant> lastAt = new HashMap<>();
        Instant recorded = Instant.EPOCH;
        for (int i = 0; i < v1History.size(); i++) {
            V1Entry old = v1History.get(i);
            recorded = old.at().isAfter(recorded) ? old.at() : recorded; // file order is the order recorded
            String cmd = CommandId.of(recorded, "v1 " + i);
            SkillState titled = v1Skills.get(old.id());
            HistoryEntry entry;
            if (!old.undo()) {
                entry = HistoryEntry.status(old.at(), cmd, old.id(), old.from(), old.to(), false,
                        titled == null ? "" : titled.title());
                stack.push(entry);
            } else if (!stack.isEmpty()) {
                entry = HistoryEntry.undoOf(old.at(), cmd, stack.pop());
            } else {
                continue; // an undo with nothing before it changed nothing
            }
            history.add(entry);
            lastAt.merge(old.id(), old.at(), (a, b) -> a.isAfter(b) ? a : b);
        }
        Replay replayed = Replay.of(history);
        List<String> ids = new ArrayList<>(replayed.skills.keySet());
        v1Skills.keySet().stream().filter(id -> !replayed.skills.containsKey(id)).forEach(ids::add);
        int fix = 0;
        for (String id : ids) {
            SkillState want = v1Skills.get(id);
            SkillState got = replayed.skills.get(id);
            if (want != null && got != null && want.status() == got.status()) {
                continue;
            }
            if (want == null && clearLastChange(history, id, got.status())) {
                continue; // v1 dropped an entry that went back to the markdown's mark: that change cleared it
            }
            Instant at = latest(lastAt.get(id), want == null ? null : want.at());
            recorded = at.isAfter(recorded) ? at : recorded;
            String cmd = CommandId.of(recorded, "v1 map " + fix++);
            SkillStatus from = got == null ? Objects.requireNonNull(want).status() : got.status();
            history.add(want == null
                    ? HistoryEntry.status(at, cmd, id, from, from, true, got.title())
                    : HistoryEntry.status(at, cmd, id, from, want.status(), false, want.title()));
        }
        return new Progress(history);
    }

    /** Marks the skill's last status change as one that handed it back to the markdown, when it set {@code status}. */
    private static boolean clearLastChange(List<HistoryEntry> history, String id, SkillStatus status) {
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry e = history.get(i);
            if (e.id().equals(id) && e.kind() == EntryKind.STATUS) {
                if (e.to() != status || !Replay.of(history).skills.containsKey(id)) {
                    return false;
                }
                history.set(i, HistoryEntry.status(e.at(), e.cmd(), id, e.from(), e.to(), true, e.title()));
                if (Replay.of(history).skills.containsKey(id)) {
                    history.set(i, e);
                    return false;
                }
                return true;
            }
        }
        return false;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
