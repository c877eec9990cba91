package dev.tracker.testing;

import dev.tracker.graph.SkillStatus;
import dev.tracker.state.HistoryEntry;
import dev.tracker.state.Progress;
import dev.tracker.state.SkillState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Histories for report tests: status changes as commands of their own, and progress holding given states. */
public final class Histories {
    private static final AtomicInteger COMMANDS = new AtomicInteger();

    private Histories() {
    }

    /** A status change, its own command. */
    public static HistoryEntry change(Instant at, String id, SkillStatus from, SkillStatus to) {
        return HistoryEntry.status(at, "test-" + COMMANDS.incrementAndGet(), id, from, to, false, "");
    }

    /** {@code history}, then one change per state that sets it: the progress holds exactly {@code states}. */
    public static Progress progress(Map<String, SkillState> states, List<HistoryEntry> history) {
        List<HistoryEntry> all = new ArrayList<>(history);
        new TreeMap<>(states).forEach((id, state) -> all.add(HistoryEntry.status(state.at(), "test-" + COMMANDS.incrementAndGet(),
                id, SkillStatus.TODO, state.status(), false, state.title())));
        return new Progress(all);
    }
}
