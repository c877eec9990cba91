package dev.tracker.state;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * The user's progress: the history of every change (the source of truth), and what replaying
 * it gives per skill: the status they set where it differs from the markdown's mark, the
 * reviews of its memory schedule, its notes. Immutable; a command's changes give a new
 * Progress through {@link #edit}.
 */
public final class Progress {
    public static final Progress EMPTY = new Progress(List.of());

    private final List<HistoryEntry> history;
    private final SortedMap<String, SkillState> skills;
    private final Map<String, List<Review>> reviews;
    private final Map<String, List<Note>> notes;
    private final Replay replay;
    /** The history this one continues (its first entries, the very same list), or null: what a splice write needs. */
    private final List<HistoryEntry> continued;
    private final boolean replayContinued;

    /** The progress {@code history} (in the order recorded) gives. */
    public Progress(List<HistoryEntry> history) {
        this(List.copyOf(history), null, null, false);
    }

    private Progress(List<HistoryEntry> history, Replay continuedReplay, List<HistoryEntry> continued,
                     boolean replayContinued) {
        this.replayContinued = replayContinued;
        this.history = history;
        this.replay = continuedReplay != null ? continuedReplay : Replay.of(history);
        this.skills = Collections.unmodifiableSortedMap(replay.skills);
        this.reviews = replay.reviews;
        this.notes = replay.notes;
        this.continued = continued;
    }

    /**
     * This progress with {@code appended} recorded after its history: its replay continued where
     * that gives what a whole replay would ({@link Replay#then}), else replayed again.
     */
    Progress append(List<HistoryEntry> appended) {
        if (appended.isEmpty()) {
            return this;
        }
        List<HistoryEntry> all;
        if (LazyHistory.unread(history)) {
            all = LazyHistory.append(history, appended); // a long history still unread stays so
        } else {
            List<HistoryEntry> copy = new ArrayList<>(history.size() + appended.size());
            copy.addAll(history);
            copy.addAll(appended);
            all = Collections.unmodifiableList(copy);
        }
        Replay continuedReplay = replay.then(appended);
        return new Progress(all, continuedReplay, history, continuedReplay != null);
    }

    /** Whether this progress continued the replay of the one it was appended to (else it was replayed whole). */
    boolean replayContinued() {
        return replayContinued;
    }

    /** The progress a snapshot kept: its history read only when asked for, its replay as it was. */
    static Progress restored(LazyHistory history, Replay replay) {
        return new Progress(history, replay, null, false);
    }

    Replay replay() {
        return replay;
    }

    /** How many first entries of this history are {@code base}'s whole history, the same list (-1: not known to be). */
    int continues(Progress base) {
        return continued != null && continued == base.history ? continued.size() : -1;
    }

    /** The skill's status: what the user set, else the markdown's own mark. */
    public SkillStatus statusOf(Skill skill) {
        SkillState state = skills.get(skill.id());
        return state == null ? skill.markedStatus() : state.status();
    }

    /** When the user last set this skill's status, or null if no status of theirs stands. */
    public SkillState stateOf(String skillId) {
        return skills.get(skillId);
    }

    /** Status entries by skill id, sorted; entries whose skill no longer exists are kept too. */
    public SortedMap<String, SkillState> skills() {
        return skills;
    }

    /** The reviews of a skill's memory schedule, oldest first (none: no schedule yet). */
    public List<Review> reviewsOf(String skillId) {
        return Collections.unmodifiableList(reviews.getOrDefault(skillId, List.of()));
    }

    /** A skill's notes, oldest first. */
    public List<Note> notesOf(String skillId) {
        return Collections.unmodifiableList(notes.getOrDefault(skillId, List.of()));
    }

    /** Every id the state speaks of (a status, reviews or notes); those that left the roadmaps are orphans. */
    public Set<String> ids() {
        Set<String> ids = new HashSet<>(skills.keySet());
        ids.addAll(reviews.keySet());
        for (Map.Entry<String, List<Note>> entry : notes.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                ids.add(entry.getKey());
            }
        }
        return ids;
    }

    public List<HistoryEntry> history() {
        return history;
    }

    /** The changes of one command, recorded at {@code recorded} (the time under the lock). */
    public ProgressEdit edit(Instant recorded) {
        return new ProgressEdit(this, recorded);
    }

    /** One status change as a command of its own. */
    public Progress with(Skill skill, SkillStatus status, Instant at) {
        return edit(at).status(skill, status, at).done();
    }

    /**
     * The latest command not yet undone, as its entries: commands in the order recorded, where
     * an undo takes back the latest one left. Empty when there is nothing left to undo.
     */
    public Optional<List<HistoryEntry>> lastCommand() {
        Set<String> undone = new HashSet<>();
        for (HistoryEntry entry : history) {
            if (entry.undo()) {
                undone.add(entry.ref());
            }
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry entry = history.get(i);
            // the tracker's own `seen` entries are no change of the user's to take back
            if (!entry.undo() && entry.kind() != EntryKind.SEEN && !undone.contains(entry.cmd())) {
                List<HistoryEntry> command = new ArrayList<>();
                for (HistoryEntry other : history) {
                    if (other.cmd().equals(entry.cmd())) {
                        command.add(other);
                    }
                }
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        // a command's new entries make the history longer: no need to compare 100,000 entries to tell
        return other instanceof Progress && ((Progress) other).history.size() == history.size()
                && ((Progress) other).history.equals(history);
    }

    @Override
    public int hashCode() {
        return history.hashCode();
    }
}
