package dev.tracker.state;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of one command, gathered and then appended together under one command id, so
 * that `undo` reverts the whole command (`check a b c` is one change). Nothing changes until
 * {@link #done}.
 */
public final class ProgressEdit {
    private static final String PENDING = "";

    private final Progress base;
    private final Instant recorded;
    private final List<HistoryEntry> entries = new ArrayList<>();
    private final Map<String, SkillStatus> pending = new HashMap<>();

    ProgressEdit(Progress base, Instant recorded) {
        this.base = base;
        this.recorded = recorded;
    }

    /** Sets a status, effective {@code at}; back to the markdown's own mark drops the override. Same status: nothing. */
    public ProgressEdit status(Skill skill, SkillStatus to, Instant at) {
        SkillStatus from = pending.getOrDefault(skill.id(), base.statusOf(skill));
        if (from != to) {
            entries.add(HistoryEntry.status(at, PENDING, skill.id(), from, to, to == skill.markedStatus(), skill.title()));
            pending.put(skill.id(), to);
        }
        return this;
    }

    /**
     * Hands the skill back to the markdown, whose mark now says what the state did (write-marks
     * wrote it): a status entry that clears the override, the status unchanged. No override: nothing.
     */
    public ProgressEdit handBack(Skill skill, Instant at) {
        SkillState state = base.stateOf(skill.id());
        if (state != null && !pending.containsKey(skill.id())) {
            entries.add(HistoryEntry.status(at, PENDING, skill.id(), state.status(), state.status(), true, skill.title()));
            pending.put(skill.id(), state.status());
        }
        return this;
    }

    /** A recall graded {@code grade}, scheduled for {@code retention}. */
    public ProgressEdit review(String id, String grade, double retention, Instant at) {
        entries.add(HistoryEntry.review(at, PENDING, id, grade, retention));
        return this;
    }

    /** The start of the schedule of a skill found done in the markdown. */
    public ProgressEdit seen(String id, double retention, Instant at) {
        entries.add(HistoryEntry.seen(at, PENDING, id, retention));
        return this;
    }

    public ProgressEdit note(String id, String text, Instant at) {
        entries.add(HistoryEntry.note(at, PENDING, id, text));
        return this;
    }

    public ProgressEdit deleteNote(String id, Note note, Instant at) {
        entries.add(HistoryEntry.noteDelete(at, PENDING, id, note.cmd()));
        return this;
    }

    /** Moves what the state holds of {@code orphanId} to {@code successor}. */
    public ProgressEdit reattach(String orphanId, Skill successor, Instant at) {
        SkillState orphan = base.stateOf(orphanId);
        boolean clears = orphan != null && orphan.status() == successor.markedStatus();
        entries.add(HistoryEntry.reattach(at, PENDING, successor.id(), orphanId, clears, successor.title()));
        return this;
    }

    /** Reverts every entry of a command (as {@link Progress#lastCommand} gives it). */
    public ProgressEdit undo(List<HistoryEntry> command, Instant at) {
        for (HistoryEntry entry : command) {
            entries.add(HistoryEntry.undoOf(at, PENDING, entry));
        }
        return this;
    }

    /** Whether the command has anything to record. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The progress with this command's entries appended under its id; the same progress when there are none. */
    public Progress done() {
        if (entries.isEmpty()) {
            return base;
        }
        // the tracker's own `seen` entries are a command of their own, first: `undo` never takes them back with the user's
        List<HistoryEntry> seen = new ArrayList<>();
        List<HistoryEntry> own = new ArrayList<>();
        for (HistoryEntry entry : entries) {
            (entry.kind() == EntryKind.SEEN ? seen : own).add(entry);
        }
        List<HistoryEntry> appended = new ArrayList<>();
        String last = base.history().isEmpty() ? "" : base.history().get(base.history().size() - 1).cmd();
        last = appendAsCommand(appended, seen, last);
        appendAsCommand(appended, own, last);
        return base.append(appended);
    }

    /** Appends {@code command} under its id, made of the latest command's id and its entries; returns that id. */
    private String appendAsCommand(List<HistoryEntry> history, List<HistoryEntry> command, String latest) {
        if (command.isEmpty()) {
            return latest;
        }
        StringBuilder content = new StringBuilder(latest);
        for (HistoryEntry entry : command) {
            content.append('\n').append(entry);
        }
        String cmd = CommandId.of(recorded, content.toString());
        for (HistoryEntry e : command) {
            history.add(new HistoryEntry(e.at(), cmd, e.kind(), e.id(), e.from(), e.to(), e.clears(), e.title(), e.grade(),
                    e.retention(), e.text(), e.ref()));
        }
        return cmd;
    }
}
