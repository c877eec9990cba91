package dev.tracker.state;

import dev.tracker.graph.SkillStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the append-only history, the source of truth of the state file (schema 2):
 * the per-skill map is what replaying it gives ({@link Replay}). Entries of one command share
 * its {@code cmd}, which orders commands as they were recorded and is what {@code undo} names.
 *
 * @param at        when it counts: when it was made, or the day given with --at
 * @param cmd       the command that made it (see {@link CommandId})
 * @param kind      what it records
 * @param id        the skill
 * @param from      the status before (status entries, and undo entries that revert one), else null
 * @param to        the status after (likewise), else null
 * @param clears    a status entry handing the skill back to the markdown's own mark (no override kept)
 * @param title     the skill's text when a status was set, for finding it again after an edit ("" if none)
 * @param grade     again, hard, good or easy (review entries; an undo that reverts one), else null
 * @param retention the desired retention the review was scheduled with (review and seen entries), else 0
 * @param text      a note's text (note entries), else null
 * @param ref       the other side: the reattached id, the deleted note's command, the undone command
 */
public record HistoryEntry(Instant at, String cmd, EntryKind kind, String id, SkillStatus from, SkillStatus to,
                           boolean clears, String title, String grade, double retention, String text, String ref) {
    /** The grades a review takes, weakest first. */
    public static final List<String> GRADES = List.of("again", "hard", "good", "easy");

    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cmd, "cmd");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : StateBounds.boundedTitle(title);
        if ((kind == EntryKind.STATUS) && (from == null || to == null)) {
            throw new IllegalArgumentException("a status entry needs from and to");
        }
        if (kind == EntryKind.REVIEW && !GRADES.contains(grade)) {
            throw new IllegalArgumentException("a review needs a grade, not " + grade);
        }
    }

    public static HistoryEntry status(Instant at, String cmd, String id, SkillStatus from, SkillStatus to, boolean clears,
                                      String title) {
        return new HistoryEntry(at, cmd, EntryKind.STATUS, id, from, to, clears, title, null, 0, null, null);
    }

    public static HistoryEntry review(Instant at, String cmd, String id, String grade, double retention) {
        return new HistoryEntry(at, cmd, EntryKind.REVIEW, id, null, null, false, "", grade, retention, null, null);
    }

    public static HistoryEntry seen(Instant at, String cmd, String id, double retention) {
        return new HistoryEntry(at, cmd, EntryKind.SEEN, id, null, null, false, "", null, retention, null, null);
    }

    public static HistoryEntry note(Instant at, String cmd, String id, String text) {
        return new HistoryEntry(at, cmd, EntryKind.NOTE, id, null, null, false, "", null, 0, text, null);
    }

    public static HistoryEntry noteDelete(Instant at, String cmd, String id, String noteCmd) {
        return new HistoryEntry(at, cmd, EntryKind.NOTE_DELETE, id, null, null, false, "", null, 0, null, noteCmd);
    }

    /** @param clears the moved status equals the new skill's own mark: no override is kept */
    public static HistoryEntry reattach(Instant at, String cmd, String id, String fromId, boolean clears, String title) {
        return new HistoryEntry(at, cmd, EntryKind.REATTACH, id, null, null, clears, title, null, 0, null, fromId);
    }

    /** The entry that reverts {@code reverted}, a part of the command {@code reverted.cmd()}. */
    public static HistoryEntry undoOf(Instant at, String cmd, HistoryEntry reverted) {
        return new HistoryEntry(at, cmd, EntryKind.UNDO, reverted.id(), reverted.to(), reverted.from(), false, "",
                reverted.grade(), 0, null, reverted.cmd());
    }

    /** True for the entries {@code tracker undo} writes. */
    public boolean undo() {
        return kind == EntryKind.UNDO;
    }

    /** True when it changed (or reverted a change of) a status: what `log` listed before schema 2. */
    public boolean changesStatus() {
        return from != null && to != null;
    }
}
