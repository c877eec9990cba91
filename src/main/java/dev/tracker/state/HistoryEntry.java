package dev.tracker.state;

import dev.tracker.graph.SkillStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One change, as it was made: the history is append-only.
 *
 * @param undo true when this change reverted an earlier one ({@code tracker undo}); undo walks
 *             the history as a stack, so an undo entry cancels the latest change not yet undone
 */
public record HistoryEntry(Instant at, String id, SkillStatus from, SkillStatus to, boolean undo) {
    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** A change the user asked for directly (check, uncheck, start, skip). */
    public HistoryEntry(Instant at, String id, SkillStatus from, SkillStatus to) {
        this(at, id, from, to, false);
    }
}
