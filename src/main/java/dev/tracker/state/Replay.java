package dev.tracker.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The per-skill state the history gives: the entries of every command not undone, in the
 * order of their times ({@code at}; equal times in the order recorded). Status entries set or
 * clear a skill's override, reviews and notes gather per skill, a reattach moves all of one
 * skill's to another. Because this is all there is to it, two histories merge by their union.
 * Entries appended after every time replayed so far continue a replay ({@link #then}) instead of
 * redoing it: a command on a long history costs its own entries.
 */
final class Replay {
    final TreeMap<String, SkillState> skills;
    final Map<String, List<Review>> reviews;
    final Map<String, List<Note>> notes;
    /** The commands undone, and the latest time of any entry: what tells whether entries can be appended. */
    private final Set<String> undone;
    private final Instant latest;
    /** The lists this replay made itself; the others are shared with the replay it continues (copied before a change). */
    private final Set<List<?>> own = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private Replay(TreeMap<String, SkillState> skills, Map<String, List<Review>> reviews, Map<String, List<Note>> notes,
                   Set<String> undone, Instant latest) {
        this.skills = skills;
        this.reviews = reviews;
        this.notes = notes;
        this.undone = undone;
        this.latest = latest;
    }

    /** A replay as a snapshot kept it ({@link ReplayCodec}). */
    static Replay restored(TreeMap<String, SkillState> skills, Map<String, List<Review>> reviews,
                           Map<String, List<Note>> notes, Set<String> undone, Instant latest) {
        return new Replay(skills, reviews, notes, undone, latest);
    }

    Set<String> undone() {
        return undone;
    }

    Instant latest() {
        return latest;
    }

    static Replay of(List<HistoryEntry> history) {
        Set<String> undone = new HashSet<>();
        for (HistoryEntry entry : history) {
            if (entry.kind() == EntryKind.UNDO) {
                undone.add(entry.ref());
            }
        }
        List<HistoryEntry> active = new ArrayList<>(history.size());
        Instant latest = Instant.MIN;
        for (HistoryEntry entry : history) {
            latest = entry.at().isAfter(latest) ? entry.at() : latest;
            if (entry.kind() != EntryKind.UNDO && !undone.contains(entry.cmd())) {
                active.add(entry);
            }
        }
        active.sort(Comparator.comparing(HistoryEntry::at)); // stable: equal times keep the recorded order
        Replay replay = new Replay(new TreeMap<>(), new HashMap<>(), new HashMap<>(), undone, latest);
        for (HistoryEntry entry : active) {
            replay.apply(entry);
        }
        return replay;
    }

    /**
     * This replay continued by {@code appended} (recorded after every entry replayed), or null
     * when that would not be what replaying the whole history gives: an undo among them (it
     * takes entries back), an entry timed before one replayed (--at: it sorts in between), or a
     * command already undone. This replay is left as it was.
     */
    Replay then(List<HistoryEntry> appended) {
        Instant previous = latest;
        for (HistoryEntry entry : appended) {
            if (entry.kind() == EntryKind.UNDO || entry.at().isBefore(previous) || undone.contains(entry.cmd())) {
                return null;
            }
            previous = entry.at();
        }
        Replay next = new Replay(new TreeMap<>(skills), new HashMap<>(reviews), new HashMap<>(notes), undone, previous);
        for (HistoryEntry entry : appended) {
            next.apply(entry);
        }
        return next;
    }

    private void apply(HistoryEntry entry) {
        String id = entry.id();
        switch (entry.kind()) {
            case STATUS:
                if (entry.clears()) {
                    skills.remove(id);
                } else {
                    skills.put(id, new SkillState(entry.to(), entry.at(), entry.title()));
                }
                break;
            case REVIEW:
                ownList(reviews, id).add(new Review(entry.at(), entry.grade(), entry.retention(), false));
                break;
            case SEEN:
                ownList(reviews, id).add(new Review(entry.at(), "good", entry.retention(), true));
                break;
            case NOTE:
                ownList(notes, id).add(new Note(entry.cmd(), entry.at(), entry.text()));
                break;
            case NOTE_DELETE:
                if (notes.containsKey(id)) {
                    ownList(notes, id).removeIf(note -> note.cmd().equals(entry.ref()));
                }
                break;
            case REATTACH:
                reattach(entry);
                break;
            default:
                break; // undo entries were taken out before
        }
    }

    /** The old id's status keeps the time it was set, under the new id; reviews and notes follow it. */
    private void reattach(HistoryEntry entry) {
        SkillState moved = skills.remove(entry.ref());
        if (moved != null && entry.clears()) {
            skills.remove(entry.id());
        } else if (moved != null) {
            skills.put(entry.id(), new SkillState(moved.status(), moved.at(), entry.title().isEmpty() ? moved.title()
                    : entry.title()));
        }
        List<Review> movedReviews = reviews.remove(entry.ref());
        if (movedReviews != null) {
            List<Review> merged = ownList(reviews, entry.id());
            merged.addAll(movedReviews);
            merged.sort(Comparator.comparing(Review::at));
        }
        List<Note> movedNotes = notes.remove(entry.ref());
        if (movedNotes != null) {
            ownList(notes, entry.id()).addAll(movedNotes);
        }
    }

    /** The list of {@code id} in {@code lists}, made or copied first when this replay does not own it yet. */
    private <T> List<T> ownList(Map<String, List<T>> lists, String id) {
        List<T> list = lists.get(id);
        if (list == null || !own.contains(list)) {
            list = list == null ? new ArrayList<>() : new ArrayList<>(list);
            lists.put(id, list);
            own.add(list);
        }
        return list;
    }
}
