package dev.tracker.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The reading of the snapshots {@link StateSnapshots} keeps, and their layout: a whole snapshot
 * (the replay, then the entries) or a delta (the key of the whole snapshot it continues, then
 * the entries since), each after its header and before its checksum. One that is not this
 * format's, not this writer's or not the file's reads as none.
 */
final class SnapshotReader {
    static final int MAGIC = 0x54524b53; // "TRKS"
    static final int DELTA_MAGIC = 0x54524b44; // "TRKD"
    static final int FORMAT = 1;
    /** Magic, format, the file's length and CRC32C, where its history ends, the writer's print, entries, replay bytes. */
    static final int HEADER = 4 + 4 + 8 + 4 + 8 + 4 + 4 + 4;
    /** Magic, format, the file's length and CRC32C, where its history ends, the writer's print, the root's key, entries. */
    static final int DELTA_HEADER = 4 + 4 + 8 + 4 + 8 + 4 + 8 + 4 + 4;

    private final StateSnapshots snapshots;

    SnapshotReader(StateSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** The snapshot of the state file {@code key} names, whole or a delta, or null for none. */
    StateSnapshots.Snapshot read(StateSnapshots.Key key, Supplier<List<HistoryEntry>> reparse) throws IOException {
        StateSnapshots.Snapshot whole = whole(key, reparse);
        return whole != null ? whole : delta(key, reparse);
    }

    private StateSnapshots.Snapshot whole(StateSnapshots.Key key, Supplier<List<HistoryEntry>> reparse) throws IOException {
        ByteBuffer kept = verified(snapshots.fileFor(key, ".snapshot"), MAGIC, key);
        if (kept == null) {
            return null;
        }
        long historyEnd = kept.getLong(20);
        int writerPrint = kept.getInt(28);
        int count = kept.getInt(32);
        int body = Math.addExact(HEADER, kept.getInt(36));
        byte[] replayBytes = new byte[body - HEADER];
        kept.get(HEADER, replayBytes);
        ReplayCodec.Kept replay = ReplayCodec.decode(replayBytes, 0, replayBytes.length);
        if (count < 0 || (count == 0) != (replay.last() == null)) {
            return null;
        }
        ByteBuffer entries = kept.slice(body, kept.limit() - 4 - body);
        // a delta's own entries follow the root's: what the file parses to, less them, are the root's
        LazyHistory history = new LazyHistory(entries, count, replay.last(), () -> reparse.get().subList(0, count));
        return new StateSnapshots.Snapshot(key.length(), key.crc(), historyEnd, writerPrint, Progress.restored(history, replay.replay()),
                new StateSnapshots.Root(key, entries, count), List.of());
    }

    private StateSnapshots.Snapshot delta(StateSnapshots.Key key, Supplier<List<HistoryEntry>> reparse) throws IOException {
        ByteBuffer kept = verified(snapshots.fileFor(key, ".delta"), DELTA_MAGIC, key);
        if (kept == null) {
            return null;
        }
        long historyEnd = kept.getLong(20);
        int writerPrint = kept.getInt(28);
        StateSnapshots.Key root = new StateSnapshots.Key(kept.getLong(32), kept.getInt(40));
        byte[] entries = new byte[kept.limit() - 4 - DELTA_HEADER];
        kept.get(DELTA_HEADER, entries);
        SnapshotCodec.Decoder in = new SnapshotCodec.Decoder(entries, 0, entries.length);
        List<HistoryEntry> sinceRoot = in.entries(kept.getInt(44));
        if (!in.atEnd()) {
            return null;
        }
        StateSnapshots.Snapshot base = root.equals(key) ? null : whole(root, reparse);
        if (base == null) {
            return null;
        }
        SnapshotFiles.touch(snapshots.fileFor(root, ".snapshot"));
        return new StateSnapshots.Snapshot(key.length(), key.crc(), historyEnd, writerPrint, base.progress().append(sinceRoot), base.root(),
                sinceRoot);
    }

    /** The file mapped, when its checksum, magic, format, key and writer are right (it is then marked as used); else null. */
    private static ByteBuffer verified(Path file, int magic, StateSnapshots.Key key) throws IOException {
        ByteBuffer kept = SnapshotFiles.mapped(file, Math.min(HEADER, DELTA_HEADER));
        // another writer's snapshot says where its file's history ends as that writer wrote it: of no use to this one
        if (kept == null || kept.getInt(0) != magic || kept.getInt(4) != FORMAT || kept.getLong(8) != key.length()
                || kept.getInt(16) != key.crc() || kept.getInt(28) != StateSplice.writerPrint()) {
            return null;
        }
        SnapshotFiles.touch(file); // the last used are kept
        return kept;
    }
}
