package dev.tracker.state;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The user's progress: per skill, the status they set where it differs from the markdown's
 * mark, and the history of every change. Immutable; a change gives a new Progress.
 */
public final class Progress {
    public static final Progress EMPTY = new Progress(Map.of(), List.of());

    private final SortedMap<String, SkillState> skills;
    private final List<HistoryEntry> history;

    public Progress(Map<String, SkillState> skills, List<HistoryEntry> history) {
        this.skills = Collections.unmodifiableSortedMap(new TreeMap<>(skills));
        this.history = List.copyOf(history);
    }

    /** The skill's status: what the user set, else the markdown's own mark. */
    public SkillStatus statusOf(Skill skill) {
        SkillState state = skills.get(skill.id());
        return state == null ? skill.markedStatus() : state.status();
    }

    /** When the user last set this skill's status, or null if they never did. */
    public SkillState stateOf(String skillId) {
        return skills.get(skillId);
    }

    /** Entries by skill id, sorted; entries whose skill no longer exists are kept too. */
    public SortedMap<String, SkillState> skills() {
        return skills;
    }

    public List<HistoryEntry> history() {
        return history;
    }

    /**
     * Sets a skill's status and records the change. Going back to the markdown's own mark
     * removes the override, so that later edits of the markdown show through again.
     */
    public Progress with(Skill skill, SkillStatus status, Instant at) {
        SkillStatus from = statusOf(skill);
        if (from == status) {
            return this;
        }
        Map<String, SkillState> nextSkills = new TreeMap<>(skills);
        if (status == skill.markedStatus()) {
            nextSkills.remove(skill.id());
        } else {
            nextSkills.put(skill.id(), new SkillState(status, at, skill.title()));
        }
        List<HistoryEntry> nextHistory = new ArrayList<>(history);
        nextHistory.add(new HistoryEntry(at, skill.id(), from, status));
        return new Progress(nextSkills, nextHistory);
    }

    /**
     * The latest change not yet undone: the history read as a stack, where a change pushes and
     * an undo entry pops. Empty when there is nothing left to undo.
     */
    public Optional<HistoryEntry> lastChange() {
        Deque<HistoryEntry> stack = new ArrayDeque<>();
        for (HistoryEntry entry : history) {
            if (!entry.undo()) {
                stack.push(entry);
            } else if (!stack.isEmpty()) {
                stack.pop();
            }
        }
        return Optional.ofNullable(stack.peek());
    }

    /**
     * Reverts a change: the skill goes back to the status it had before, and an undo entry is
     * appended even when the status is already that one, so that the next undo walks further back.
     */
    public Progress undo(Skill skill, HistoryEntry change, Instant at) {
        if (!skill.id().equals(change.id())) {
            throw new IllegalArgumentException("change of " + change.id() + " reverted on " + skill.id());
        }
        SkillStatus from = statusOf(skill);
        Map<String, SkillState> nextSkills = new TreeMap<>(skills);
        if (change.from() == skill.markedStatus()) {
            nextSkills.remove(skill.id());
        } else if (change.from() != from) {
            nextSkills.put(skill.id(), new SkillState(change.from(), at, skill.title()));
        }
        List<HistoryEntry> nextHistory = new ArrayList<>(history);
        nextHistory.add(new HistoryEntry(at, skill.id(), from, change.from(), true));
        return new Progress(nextSkills, nextHistory);
    }

    /**
     * Moves an entry whose skill left the roadmaps (it was reworded or moved) to the skill it
     * became, keeping the status and the time it was set; the move is recorded in the history.
     */
    public Progress reattach(String orphanId, Skill successor, Instant at) {
        SkillState orphan = skills.get(orphanId);
        if (orphan == null) {
            throw new IllegalArgumentException("no state entry " + orphanId);
        }
        SkillStatus from = statusOf(successor);
        Map<String, SkillState> nextSkills = new TreeMap<>(skills);
        nextSkills.remove(orphanId);
        if (orphan.status() != successor.markedStatus()) {
            nextSkills.put(successor.id(), new SkillState(orphan.status(), orphan.at(), successor.title()));
        } else {
            nextSkills.remove(successor.id());
        }
        List<HistoryEntry> nextHistory = new ArrayList<>(history);
        nextHistory.add(new HistoryEntry(at, successor.id(), from, orphan.status()));
        return new Progress(nextSkills, nextHistory);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Progress && ((Progress) other).skills.equals(skills)
                && ((Progress) other).history.equals(history);
    }

    @Override
    public int hashCode() {
        return skills.hashCode() * 31 + history.hashCode();
    }
}
