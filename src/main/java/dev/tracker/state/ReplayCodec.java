package dev.tracker.state;

import dev.tracker.graph.SkillStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What replaying a history gave ({@link Replay}), and its last entry, as a snapshot keeps them:
 * a command on a long history reads these instead of replaying it, and reads the entries
 * themselves only if it asks for them ({@link LazyHistory}).
 */
final class ReplayCodec {
    private static final SkillStatus[] STATUSES = SkillStatus.values();

    private ReplayCodec() {
    }

    /** What a snapshot keeps besides the entries. */
    record Kept(Replay replay, HistoryEntry last) {
    }

    static byte[] encode(Replay replay, HistoryEntry last) {
        SnapshotCodec out = SnapshotCodec.fresh();
        out.instant(replay.latest());
        out.number(replay.undone().size());
        replay.undone().forEach(out::string);
        out.number(last == null ? 0 : 1);
        if (last != null) {
            out.entry(last);
        }
        out.number(replay.skills.size());
        replay.skills.forEach((id, state) -> {
            out.string(id);
            out.number(state.status().ordinal());
            out.instant(state.at());
            out.string(state.title());
        });
        out.number(replay.reviews.size());
        replay.reviews.forEach((id, reviews) -> {
            out.string(id);
            out.number(reviews.size());
            for (Review review : reviews) {
                out.instant(review.at());
                out.string(review.grade());
                out.number(Double.doubleToRawLongBits(review.retention()));
                out.number(review.seen() ? 1 : 0);
            }
        });
        out.number(replay.notes.size());
        replay.notes.forEach((id, notes) -> {
            out.string(id);
            out.number(notes.size());
            for (Note note : notes) {
                out.string(note.cmd());
                out.instant(note.at());
                out.string(note.text());
            }
        });
        return out.bytes();
    }

    static Kept decode(byte[] bytes, int from, int end) {
        SnapshotCodec.Decoder in = new SnapshotCodec.Decoder(bytes, from, end);
        Instant latest = in.instant();
        Set<String> undone = new HashSet<>();
        for (int n = in.count(); n > 0; n--) {
            undone.add(in.string());
        }
        HistoryEntry last = in.count() == 1 ? in.entry() : null;
        TreeMap<String, SkillState> skills = new TreeMap<>();
        for (int n = in.count(); n > 0; n--) {
            String id = in.string();
            SkillStatus status = STATUSES[in.count()];
            skills.put(id, new SkillState(status, in.instant(), in.string()));
        }
        Map<String, List<Review>> reviews = new HashMap<>();
        for (int n = in.count(); n > 0; n--) {
            String id = in.string();
            List<Review> list = new ArrayList<>();
            for (int r = in.count(); r > 0; r--) {
                list.add(new Review(in.instant(), in.string(), Double.longBitsToDouble(in.number()), in.count() == 1));
            }
            reviews.put(id, list);
        }
        Map<String, List<Note>> notes = new HashMap<>();
        for (int n = in.count(); n > 0; n--) {
            String id = in.string();
            List<Note> list = new ArrayList<>();
            for (int r = in.count(); r > 0; r--) {
                list.add(new Note(in.string(), in.instant(), in.string()));
            }
            notes.put(id, list);
        }
        if (!in.atEnd()) {
            throw new IllegalArgumentException("a snapshot's replay does not end where it says");
        }
        return new Kept(Replay.restored(skills, reviews, notes, undone, latest), last);
    }
}
