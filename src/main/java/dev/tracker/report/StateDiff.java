package dev.tracker.report;

import dev.tracker.graph.SkillStatus;
import dev.tracker.state.Progress;
import dev.tracker.state.SkillState;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** What differs between two versions of the state: per skill entry, and in the length of the history. */
public final class StateDiff {
    /** A skill entry that differs; a null status means the version has no entry for it. */
    public record Entry(String id, SkillStatus current, SkillStatus other) {
    }

    public record Result(List<Entry> entries, int currentHistory, int otherHistory) {
        public boolean same() {
            return entries.isEmpty() && currentHistory == otherHistory;
        }
    }

    private StateDiff() {
    }

    /** @param current the state now, or null when it cannot be read */
    public static Result of(Progress current, Progress other) {
        Progress now = current == null ? Progress.EMPTY : current;
        TreeSet<String> ids = new TreeSet<>(now.skills().keySet());
        ids.addAll(other.skills().keySet());
        List<Entry> entries = new ArrayList<>();
        for (String id : ids) {
            SkillStatus a = status(now.stateOf(id));
            SkillStatus b = status(other.stateOf(id));
            if (a != b) {
                entries.add(new Entry(id, a, b));
            }
        }
        return new Result(entries, now.history().size(), other.history().size());
    }

    private static SkillStatus status(SkillState state) {
        return state == null ? null : state.status();
    }
}
