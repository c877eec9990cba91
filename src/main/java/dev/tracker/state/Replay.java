package dev.tracker.state;

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
 */
final class Replay {
    final TreeMap<String, SkillState> skills = new TreeMap<>();
    final Map<String, List<Review>> reviews = new HashMap<>();
    final Map<String, List<Note>> notes = new HashMap<>();

    private Replay() {
    }

    static Replay of(List<HistoryEntry> history) {
        Set<String> undone = new HashSet<>();
        for (HistoryEntry entry : history) {
            if (entry.kind() == EntryKind.UNDO) {
                undone.add(entry.ref());
            }
        }
        List<HistoryEntry> active = new ArrayList<>(history.size());
        for (HistoryEntry entry : history) {
            if (entry.kind() != EntryKind.UNDO && !undone.contains(entry.cmd())) {
                active.add(entry);
            }
        }
        active.sort(Comparator.comparing(HistoryEntry::at)); // stable: equal times keep the recorded order
        Replay replay = new Replay();
        for (HistoryEntry entry : active) {
            replay.apply(entry);
        }
        return replay;
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
                reviews.computeIfAbsent(id, k -> new ArrayList<>()).add(new Review(entry.at(), entry.grade(), entry.retention(), false));
                break;
            case SEEN:
                reviews.computeIfAbsent(id, k -> new ArrayList<>()).add(new Review(entry.at(), "good", entry.retention(), true));
                break;
            case NOTE:
                notes.computeIfAbsent(id, k -> new ArrayList<>()).add(new Note(entry.cmd(), entry.at(), entry.text()));
                break;
            case NOTE_DELETE:
                List<Note> kept = notes.get(id);
                if (kept != null) {
                    kept.removeIf(note -> note.cmd().equals(entry.ref()));
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
            List<Review> merged = reviews.computeIfAbsent(entry.id(), k -> new ArrayList<>());
            merged.addAll(movedReviews);
            merged.sort(Comparator.comparing(Review::at));
        }
        List<Note> movedNotes = notes.remove(entry.ref());
        if (movedNotes != null) {
            notes.computeIfAbsent(entry.id(), k -> new ArrayList<>()).addAll(movedNotes);
        }
    }
}
