package dev.tracker.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Parsed state files kept between runs in the tracker's cache folder, so that a command on a
 * long history skips parsing its JSON. A snapshot holds what replaying the history gave, its
 * entries ({@link ReplayCodec}, {@link SnapshotCodec}) and where the file's history ends (for
 * {@link StateSplice}; -1: unknown), under the key of the file it was read from: its length and
 * CRC32C. A change that appends entries keeps a delta: the key of the snapshot it continues and
 * the entries appended since. Never a source of truth: a snapshot is used only when its key is
 * the file's, its own checksum holds and its format is this one, else it is ignored and made
 * again. The last used are kept ({@link #KEPT} of each; {@link SnapshotFiles}). This class keeps
 * them; {@link SnapshotReader} reads them and holds their layout.
 */
final class StateSnapshots {
    static final StateSnapshots NONE = new StateSnapshots(null, Long.MAX_VALUE);
    /** Below this a state file parses in a few milliseconds: no snapshot. */
    static final int MIN_STATE_BYTES = 256 * 1024;
    static final int KEPT = 4;
    /** Beyond this many entries since its snapshot, a change keeps a whole snapshot again. */
    static final int MAX_DELTA_ENTRIES = 5_000;
    private final Path folder;
    private final long minStateBytes;
    private final SnapshotReader reader = new SnapshotReader(this);

    /**
     * What a state file of {@code length} bytes and checksum {@code crc} holds: read from the whole
     * snapshot of the file of key {@code root}, and {@code sinceRoot} appended to its history.
     */
    record Snapshot(long length, int crc, long historyEnd, int writerPrint, Progress progress, Root root,
                    List<HistoryEntry> sinceRoot) {
        /** Where a splice may continue the file: its history's end as this tracker's writer writes it; else -1. */
        long spliceAt() {
            return writerPrint == StateSplice.writerPrint() ? historyEnd : -1;
        }
    }

    /** The whole snapshot a delta continues: its key, and its {@code count} entries' bytes. */
    record Root(Key key, ByteBuffer entries, int count) {
    }

    /** A state file's length and CRC32C. */
    record Key(long length, int crc) {
    }

    StateSnapshots(Path folder, long minStateBytes) {
        this.folder = folder;
        this.minStateBytes = minStateBytes;
    }

    /**
     * Snapshots in {@code folder} (null: none), for state files of {@link #MIN_STATE_BYTES} and more;
     * none where files are not POSIX's (Windows cannot replace a file that is mapped, as they are).
     */
    static StateSnapshots in(Path folder) {
        return folder == null || !java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? NONE : new StateSnapshots(folder, MIN_STATE_BYTES);
    }

    /** Whether a state file of {@code length} bytes gets snapshots. */
    boolean worth(long length) {
        return folder != null && length >= minStateBytes;
    }

    static int crcOf(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length);
        return (int) crc.getValue();
    }

    /**
     * The snapshot of the state file {@code key} names, or null when none can be trusted;
     * {@code reparse} gives the file's entries parsed, should the snapshot's not read back.
     */
    Snapshot find(Key key, java.util.function.Supplier<List<HistoryEntry>> reparse) {
        if (!worth(key.length())) {
            return null;
        }
        try {
            return reader.read(key, reparse);
        } catch (IOException | RuntimeException | OutOfMemoryError e) { // none, damaged, or too much: parse
            return null;
        }
    }

    /**
     * Keeps the whole snapshot of the state file {@code key} names, holding {@code progress},
     * its history ending at {@code historyEnd} as this tracker's writer writes it (-1: not so).
     */
    Snapshot keep(Key key, long historyEnd, Progress progress) {
        if (!worth(key.length())) {
            return null;
        }
        try {
            return whole(key, historyEnd, progress, null, SnapshotCodec.fresh().entries(progress.history()).bytes());
        } catch (RuntimeException | OutOfMemoryError e) { // a snapshot not kept only costs speed
            return null;
        }
    }

    /** The whole snapshot of {@code progress}, its entries {@code root}'s (if any) followed by {@code entries}. */
    private Snapshot whole(Key key, long historyEnd, Progress progress, Root root, byte[] entries) {
        List<HistoryEntry> history = progress.history();
        byte[] replay = ReplayCodec.encode(progress.replay(), history.isEmpty() ? null : history.get(history.size() - 1));
        int rootBytes = root == null ? 0 : root.entries().remaining();
        ByteBuffer all = ByteBuffer.allocate(SnapshotReader.HEADER + replay.length + rootBytes + entries.length + 4);
        all.putInt(SnapshotReader.MAGIC).putInt(SnapshotReader.FORMAT)
                .putLong(key.length()).putInt(key.crc()).putLong(historyEnd)
                .putInt(StateSplice.writerPrint()).putInt(history.size()).putInt(replay.length).put(replay);
        if (root != null) {
            all.put(root.entries().duplicate());
        }
        all.put(entries);
        if (!write(fileFor(key, ".snapshot"), all)) {
            return null;
        }
        int body = SnapshotReader.HEADER + replay.length;
        Root kept = new Root(key, ByteBuffer.wrap(all.array(), body, rootBytes + entries.length).slice(), history.size());
        return new Snapshot(key.length(), key.crc(), historyEnd, StateSplice.writerPrint(), progress, kept, List.of());
    }

    /** As {@link #keep}, for {@code after}: the history of {@code earlier}'s file with {@code appended}; a delta where it may. */
    Snapshot keepAppended(Snapshot earlier, Key key, long historyEnd, Progress after, List<HistoryEntry> appended) {
        if (!worth(key.length())) {
            return null;
        }
        List<HistoryEntry> sinceRoot = new ArrayList<>(earlier.sinceRoot());
        sinceRoot.addAll(appended);
        if (!after.replayContinued() || sinceRoot.size() > MAX_DELTA_ENTRIES) {
            // a delta is read by continuing its snapshot's replay: where that cannot be (undo, --at), or to keep
            // deltas small, a whole snapshot, made of its snapshot's entries as they are and those since
            Root root = earlier.root();
            try {
                return root.count() + sinceRoot.size() == after.history().size()
                        ? whole(key, historyEnd, after, root, SnapshotCodec.appending().entries(sinceRoot).bytes())
                        : keep(key, historyEnd, after);
            } catch (RuntimeException | OutOfMemoryError e) {
                return null;
            }
        }
        byte[] entries = SnapshotCodec.fresh().entries(sinceRoot).bytes(); // a few thousand entries at most
        ByteBuffer all = ByteBuffer.allocate(SnapshotReader.DELTA_HEADER + entries.length + 4);
        all.putInt(SnapshotReader.DELTA_MAGIC).putInt(SnapshotReader.FORMAT)
                .putLong(key.length()).putInt(key.crc()).putLong(historyEnd)
                .putInt(StateSplice.writerPrint()).putLong(earlier.root().key().length()).putInt(earlier.root().key().crc())
                .putInt(sinceRoot.size()).put(entries);
        try {
            SnapshotFiles.touch(fileFor(earlier.root().key(), ".snapshot"));
        } catch (IOException | RuntimeException e) {
            return keep(key, historyEnd, after); // its snapshot is gone: a delta would be of no use
        }
        return write(fileFor(key, ".delta"), all) ? new Snapshot(key.length(), key.crc(), historyEnd,
                StateSplice.writerPrint(), after, earlier.root(), List.copyOf(sinceRoot)) : null;
    }

    /** {@code all} (its checksum still to add) written to {@code file}, then all but the last {@link #KEPT} used pruned. */
    private boolean write(Path file, ByteBuffer all) {
        return SnapshotFiles.write(folder, file, all, KEPT, "state-*.snapshot", "state-*.delta");
    }

    Path fileFor(Key key, String kind) {
        return folder.resolve(String.format("state-%08x-%d", key.crc(), key.length()) + kind);
    }
}
