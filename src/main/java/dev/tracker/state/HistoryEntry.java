package dev.tracker.state;

import dev.tracker.graph.SkillStatus;
import java.time.Instant;
import java.util.Objects;

/** One change, as it was made: the history is append-only. */
public record HistoryEntry(Instant at, String id, SkillStatus from, SkillStatus to) {
    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
