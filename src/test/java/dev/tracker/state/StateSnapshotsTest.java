package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots of parsed state files (kept for files of any size here): what a store reads through
 * one is what parsing the file gives, a stale, damaged, foreign or other-format snapshot is never
 * used, and what a store writes through a splice is what the full writer writes.
 */
class StateSnapshotsTest {
    @TempDir
    Path dir;

    private Path cache() {
        return dir.resolve("cache");
    }

    private StateStore store(Path file) {
        return new StateStore(file, LockWait.DEFAULT, new StateSnapshots(cache(), 0));
    }

    /** What the file holds, parsed, with no snapshot. */
    private static Progress parsed(Path file) {
        return new StateStore(file).load();
    }

    private Path stateWith(String name, long seed, int commands) {
        Path file = dir.resolve(name);
        RandomCommands random = new RandomCommands(seed);
        StateStore store = store(file);
        for (int i = 0; i < commands; i++) {
            store.update(random::next);
        }
        return file;
    }

    @Test
    void everyWriteIsWhatTheFullWriterWritesAndReadsBackAsParsed() throws IOException {
        Path file = dir.resolve("state.json");
        RandomCommands random = new RandomCommands(11);
        byte[] previous = null;
        for (int i = 0; i < 40; i++) {
            Progress written = store(file).update(random::next);
            if (!Files.exists(file)) {
                continue; // the first commands recorded nothing
            }
            byte[] bytes = Files.readAllBytes(file);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as("write " + i).isEqualTo(full(written));
            if (previous != null && !java.util.Arrays.equals(previous, bytes)) {
                assertThat(Files.readAllBytes(dir.resolve("state.json.bak"))).isEqualTo(previous);
            }
            Progress read = store(file).load();
            assertThat(read).isEqualTo(parsed(file));
            IncrementalReplayTest.assertSame(read, parsed(file), "write " + i);
            previous = bytes;
        }
        assertThat(snapshots(".snapshot")).isNotEmpty().hasSizeLessThanOrEqualTo(StateSnapshots.KEPT);
        assertThat(snapshots(".delta")).isNotEmpty().hasSizeLessThanOrEqualTo(StateSnapshots.KEPT);
    }

    @Test
    void aSnapshotWithTheFileKeyIsWhatIsRead() throws IOException {
        // the control of the tests below: a snapshot of other content under this file's key is used
        Path a = stateWith("a.json", 1, 30);
        Path b = stateWith("b.json", 2, 30);
        forge(a, b, 1);
        assertThat(store(b).load().history()).isEqualTo(parsed(a).history()).isNotEqualTo(parsed(b).history());
    }

    @Test
    void aSnapshotOfAnotherFileIsNotUsed() throws IOException {
        Path a = stateWith("a.json", 1, 30);
        Path b = stateWith("b.json", 2, 30);
        Files.deleteIfExists(deltaOf(a));
        store(a).load(); // parsed: a whole snapshot
        Files.copy(snapshotOf(a), snapshotOf(b), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(deltaOf(b));
        assertThat(store(b).load()).isEqualTo(parsed(b));
    }

    @Test
    void aSnapshotOfAnotherFormatIsNotUsed() throws IOException {
        Path a = stateWith("a.json", 1, 30);
        Path b = stateWith("b.json", 2, 30);
        forge(a, b, 99);
        assertThat(store(b).load()).isEqualTo(parsed(b));
    }

    @Test
    void aDamagedSnapshotIsNotUsed() throws IOException {
        Path a = stateWith("a.json", 1, 30);
        Path b = stateWith("b.json", 2, 30);
        forge(a, b, 1);
        byte[] kept = Files.readAllBytes(snapshotOf(b));
        kept[kept.length / 2] ^= 0x20; // one bit: the checksum no longer holds
        Files.write(snapshotOf(b), kept);
        assertThat(store(b).load()).isEqualTo(parsed(b));
    }

    @Test
    void aStaleSnapshotIsNotUsedWhenTheFileChangesAndKeepsItsLength() throws IOException {
        Path file = stateWith("state.json", 4, 30);
        String text = Files.readString(file);
        int at = text.lastIndexOf("\"to\":\"done\"");
        assumeThat(at).isPositive();
        Progress before = store(file).load();
        Files.writeString(file, text.substring(0, at) + "\"to\":\"todo\"" + text.substring(at + 11)); // same length
        Progress read = store(file).load();
        assertThat(read).isEqualTo(parsed(file)).isNotEqualTo(before);
        IncrementalReplayTest.assertSame(read, parsed(file), "the changed file");
    }

    @Test
    void aDeltaWhoseSnapshotIsGoneIsNotUsed() throws IOException {
        Path file = stateWith("state.json", 6, 30);
        Path delta = deltaOf(file);
        assertThat(delta).exists();
        try (Stream<Path> kept = Files.list(cache())) {
            for (Path snapshot : kept.filter(p -> p.toString().endsWith(".snapshot")).toList()) {
                Files.delete(snapshot);
            }
        }
        assertThat(store(file).load()).isEqualTo(parsed(file));
    }

    @Test
    void theBackupIsThePreviousFileLinkedAndStaysTheOwnersOnly() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path file = stateWith("state.json", 8, 5);
        byte[] previous = Files.readAllBytes(file);
        Object inode = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        store(file).update(new RandomCommands(9)::next);
        Path backup = dir.resolve("state.json.bak");
        assertThat(Files.readAllBytes(backup)).isEqualTo(previous);
        assertThat(Files.readAttributes(backup, java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(inode);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        // a file others may read is copied instead: the backup is the owner's only
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        byte[] readable = Files.readAllBytes(file);
        store(file).update(new RandomCommands(10)::next);
        assertThat(Files.readAllBytes(backup)).isEqualTo(readable);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
    }

    @Test
    void changesThatAppendReadNoEntryOfTheHistoryBeforeThem() throws IOException {
        Path file = dir.resolve("state.json");
        java.time.Instant at = StateFixtures.T1;
        for (int n = 0; n < 40; n++) {
            int i = n;
            java.time.Instant when = at.plusSeconds(i);
            store(file).update(p -> p.with(StateFixtures.todo("r/s-" + i % 7), dev.tracker.graph.SkillStatus.values()[i % 4], when));
        }
        for (int n = 0; n < 5; n++) { // each through the snapshot or delta the change before kept
            int i = n;
            java.time.Instant when = at.plusSeconds(100 + i);
            StateStore store = store(file);
            assertThat(LazyHistory.unread(store.load().history())).as("read " + i).isTrue();
            Progress written = store.update(p -> p.with(StateFixtures.todo("r/n-" + i), dev.tracker.graph.SkillStatus.DONE, when));
            assertThat(LazyHistory.unread(written.history())).as("change " + i).isTrue();
            assertThat(Files.readString(file)).isEqualTo(full(parsed(file)));
            IncrementalReplayTest.assertSame(written, parsed(file), "change " + i);
        }
        assertThat(snapshots(".delta")).isNotEmpty();
    }

    @Test
    void aSnapshotsHistoryEndIsSplicedOnlyFromThisWriterAndWhereTheFileEndsItsHistory() throws IOException {
        // {the end moved by, the writer's print changed by}: a snapshot of another writer is not used (the file is
        // parsed, a snapshot made again and spliced: a delta follows), a wrong end is not spliced (no delta follows)
        int[][] cases = {{0, 0}, {0, 1}, {-1, 1}, {-1, 0}, {1, 0}};
        for (int[] change : cases) {
            Path file = stateWith("state" + change[0] + change[1] + ".json", 12, 20);
            Files.deleteIfExists(deltaOf(file));
            store(file).load(); // parsed: a whole snapshot, the history's end found
            Path snapshot = snapshotOf(file);
            byte[] kept = Files.readAllBytes(snapshot);
            ByteBuffer header = ByteBuffer.wrap(kept);
            header.putLong(20, header.getLong(20) + change[0]).putInt(28, header.getInt(28) + change[1]);
            CRC32C crc = new CRC32C();
            crc.update(kept, 0, kept.length - 4);
            header.putInt(kept.length - 4, (int) crc.getValue());
            Files.write(snapshot, kept);
            Progress written = store(file).update(p -> p.with(StateFixtures.todo("r/new"), dev.tracker.graph.SkillStatus.DONE,
                    java.time.Instant.parse("2027-01-01T00:00:00Z")));
            String as = "end " + change[0] + ", print " + change[1];
            assertThat(Files.readString(file)).as(as).isEqualTo(full(written));
            assertThat(deltaOf(file)).as(as).matches(delta -> Files.exists(delta) == (change[0] == 0 || change[1] != 0));
        }
    }

    @Test
    void entriesOfASnapshotThatDoNotReadBackAreParsedFromTheFile() throws IOException {
        Path file = stateWith("state.json", 13, 30);
        Files.deleteIfExists(deltaOf(file));
        store(file).load(); // parsed: a whole snapshot
        Path snapshot = snapshotOf(file);
        byte[] kept = Files.readAllBytes(snapshot);
        ByteBuffer header = ByteBuffer.wrap(kept);
        int body = 40 + header.getInt(36); // after the header and the replay
        java.util.Arrays.fill(kept, body, kept.length - 4, (byte) 0xFF); // its checksum made right: only reading tells
        CRC32C crc = new CRC32C();
        crc.update(kept, 0, kept.length - 4);
        header.putInt(kept.length - 4, (int) crc.getValue());
        Files.write(snapshot, kept);
        assertThat(store(file).load().history()).isEqualTo(parsed(file).history());
    }

    private List<Path> snapshots(String kind) throws IOException {
        try (Stream<Path> files = Files.list(cache())) {
            return files.filter(p -> p.getFileName().toString().endsWith(kind)).toList();
        }
    }

    private Path snapshotOf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new StateSnapshots(cache(), 0).fileFor(new StateSnapshots.Key(bytes.length, StateSnapshots.crcOf(bytes)), ".snapshot");
    }

    private Path deltaOf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new StateSnapshots(cache(), 0).fileFor(new StateSnapshots.Key(bytes.length, StateSnapshots.crcOf(bytes)), ".delta");
    }

    /** A whole snapshot of {@code from}'s content made under {@code to}'s key, of format {@code format}, its checksum right. */
    private void forge(Path from, Path to, int format) throws IOException {
        store(from).load();
        byte[] toBytes = Files.readAllBytes(to);
        new StateSnapshots(cache(), 0).keep(new StateSnapshots.Key(Files.size(from), StateSnapshots.crcOf(Files.readAllBytes(from))),
                -1, parsed(from));
        byte[] kept = Files.readAllBytes(snapshotOf(from));
        ByteBuffer header = ByteBuffer.wrap(kept);
        header.putInt(4, format).putLong(8, toBytes.length).putInt(16, StateSnapshots.crcOf(toBytes));
        CRC32C crc = new CRC32C();
        crc.update(kept, 0, kept.length - 4);
        header.putInt(kept.length - 4, (int) crc.getValue());
        Files.write(snapshotOf(to), kept);
        Files.deleteIfExists(deltaOf(to));
    }

    private static String full(Progress progress) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StateJsonWriter.write(progress, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
