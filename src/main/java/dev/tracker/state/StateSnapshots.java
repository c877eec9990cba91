package dev.tracker.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Parsed state files kept between runs in the tracker's cache folder, so that a command on a
 * long history skips parsing its JSON: the history entries ({@link SnapshotCodec}) and where
 * the file's history ends (for {@link StateSplice}; -1: unknown), under the key of the file they
 * were read from, its length and CRC32C. Never a source of truth: a snapshot is used only when its
 * key is the file's, its own checksum holds and its format is this one, else it is ignored and
 * made again. The last {@link #KEPT} used are kept; a write is best effort (temp file, rename).
 */
final class StateSnapshots {
    static final StateSnapshots NONE = new StateSnapshots(null, Long.MAX_VALUE);
    /** Below this a state file parses in a few milliseconds: no snapshot. */
    static final int MIN_STATE_BYTES = 256 * 1024;
    static final int KEPT = 4;
    private static final int MAGIC = 0x54524b53; // "TRKS"
    private static final int FORMAT = 1;
    private static final int HEADER = 4 + 4 + 8 + 4 + 8 + 4 + 4;

    private final Path folder;
    private final long minStateBytes;

    /**
     * What a state file of {@code length} bytes and checksum {@code crc} holds, and the bytes
     * of its snapshot, whose entries begin at {@code body}.
     */
    record Snapshot(long length, int crc, long historyEnd, Progress progress, byte[] bytes, int body) {
    }

    StateSnapshots(Path folder, long minStateBytes) {
        this.folder = folder;
        this.minStateBytes = minStateBytes;
    }

    /** Snapshots in {@code folder} (null: none), for state files of {@link #MIN_STATE_BYTES} and more. */
    static StateSnapshots in(Path folder) {
        return folder == null ? NONE : new StateSnapshots(folder, MIN_STATE_BYTES);
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

    /** The snapshot of the state file {@code bytes} (whose CRC32C is {@code crc}), or null when none can be trusted. */
    Snapshot find(byte[] bytes, int crc) {
        if (!worth(bytes.length)) {
            return null;
        }
        Path file = fileFor(bytes.length, crc);
        try {
            long size = Files.size(file);
            if (size < HEADER + 4 || size > Math.min(bytes.length * 4L + 1024, Runtime.getRuntime().maxMemory() / 8)) {
                return null;
            }
            byte[] kept = Files.readAllBytes(file);
            ByteBuffer in = ByteBuffer.wrap(kept);
            CRC32C own = new CRC32C();
            own.update(kept, 0, kept.length - 4);
            if ((int) own.getValue() != in.getInt(kept.length - 4) || in.getInt() != MAGIC || in.getInt() != FORMAT
                    || in.getLong() != bytes.length || in.getInt() != crc) {
                return null;
            }
            long historyEnd = in.getLong();
            int count = in.getInt();
            int body = Math.addExact(HEADER, in.getInt());
            ReplayCodec.Kept replay = ReplayCodec.decode(kept, HEADER, body);
            if (count < 0 || body > kept.length - 4 || (count == 0) != (replay.last() == null)) {
                return null;
            }
            Progress progress = Progress.restored(new LazyHistory(kept, body, kept.length - 4, count, replay.last()),
                    replay.replay());
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis())); // the last used are kept
            return new Snapshot(bytes.length, crc, historyEnd, progress, kept, body);
        } catch (IOException | RuntimeException | OutOfMemoryError e) { // none, damaged, or too much: parse
            return null;
        }
    }

    /** Keeps the snapshot of a state file of {@code length} bytes and checksum {@code crc} holding {@code progress}. */
    Snapshot keep(long length, int crc, long historyEnd, Progress progress) {
        if (!worth(length)) {
            return null;
        }
        byte[] entries = SnapshotCodec.fresh().entries(progress.history()).bytes();
        return write(length, crc, historyEnd, progress, entries, null);
    }

    /** As {@link #keep}, for {@code after}: the history of {@code earlier}'s file and {@code appended}. */
    Snapshot keepAppended(Snapshot earlier, long length, int crc, long historyEnd, Progress after,
                          List<HistoryEntry> appended) {
        if (!worth(length)) {
            return null;
        }
        return write(length, crc, historyEnd, after, SnapshotCodec.appending().entries(appended).bytes(), earlier);
    }

    /** The snapshot written to its file (best effort: null when it could not be made). */
    private Snapshot write(long length, int crc, long historyEnd, Progress progress, byte[] entries, Snapshot earlier) {
        Path file = fileFor(length, crc);
        Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            List<HistoryEntry> history = progress.history();
            byte[] replay = ReplayCodec.encode(progress.replay(), history.isEmpty() ? null : history.get(history.size() - 1));
            int earlierEntries = earlier == null ? 0 : earlier.bytes().length - 4 - earlier.body();
            ByteBuffer all = ByteBuffer.allocate(HEADER + replay.length + earlierEntries + entries.length + 4);
            all.putInt(MAGIC).putInt(FORMAT).putLong(length).putInt(crc).putLong(historyEnd).putInt(history.size())
                    .putInt(replay.length).put(replay);
            if (earlier != null) {
                all.put(earlier.bytes(), earlier.body(), earlierEntries);
            }
            all.put(entries);
            CRC32C own = new CRC32C();
            own.update(all.array(), 0, all.position());
            all.putInt((int) own.getValue());
            Files.createDirectories(folder);
            Files.write(temp, all.array(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            prune();
            return new Snapshot(length, crc, historyEnd, progress, all.array(), HEADER + replay.length);
        } catch (IOException | RuntimeException | OutOfMemoryError e) { // a snapshot not kept only costs speed
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException ignored) {
                // the next write tries again under another name
            }
            return null;
        }
    }

    /** Deletes all but the {@link #KEPT} snapshots used last. */
    private void prune() throws IOException {
        List<Path> snapshots = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "state-*.snapshot")) {
            files.forEach(snapshots::add);
        }
        if (snapshots.size() <= KEPT) {
            return;
        }
        record Used(Path file, FileTime when) {
        }
        List<Used> used = new ArrayList<>();
        for (Path snapshot : snapshots) {
            try {
                used.add(new Used(snapshot, Files.getLastModifiedTime(snapshot)));
            } catch (IOException e) {
                // gone meanwhile
            }
        }
        used.sort(Comparator.comparing(Used::when).reversed());
        for (Used old : used.subList(Math.min(KEPT, used.size()), used.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    Path fileFor(long length, int crc) {
        return folder.resolve(String.format("state-%08x-%d.snapshot", crc, length));
    }
}
