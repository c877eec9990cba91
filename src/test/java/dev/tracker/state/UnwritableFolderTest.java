package dev.tracker.state;

import static dev.tracker.testing.FixtureRoadmaps.CONTROL_FLOW;
import static dev.tracker.testing.FixtureRoadmaps.DEFINE;
import static dev.tracker.testing.FixtureRoadmaps.IMPLICIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, a read-only file system, a folder the user may not write: the change fails with
 * one clear line and exit 74, and the state file and its backup stay byte-identical. The disk
 * is a 256 KiB tmpfs mounted for the test, which needs root (as in CI here); elsewhere these
 * tests are skipped with the reason.
 */
@Tag(ChildJvm.TAG)
class UnwritableFolderTest {
    private static final int PAGE = 4096;
    @TempDir
    Path tmp;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            Shell.run("umount", mounted.toString());
        }
    }

    @Test
    void aFullDiskFailsTheChangeAndKeepsStateAndBackup() throws Exception {
        Path disk = mountSmallDisk();
        TrackerRunner tracker = FixtureRoadmaps.both(tmp).env("TRACKER_STATE", disk.resolve("state.json").toString());
        Snapshot before = stateAndBackupAfterTwoChanges(tracker, disk);
        Path filler = fill(disk);

        Run full = tracker.fails(74, "check", CONTROL_FLOW);

        assertThat(full.err()).hasLineCount(1).contains(disk.resolve("state.json").toString())
                .contains("no space left on device", "the previous state is unchanged", "free some space");
        before.assertUnchanged();
        Files.delete(filler);
        tracker.ok("check", CONTROL_FLOW);
        assertThat(Files.readString(disk.resolve("state.json"))).contains(CONTROL_FLOW);
    }

    /**
     * One page left: room for the backup (the old state, one page) but not for the new state
     * (a long title makes it three). Written backup first, the change would have replaced the
     * backup before failing; the new state is written first, so nothing changes.
     */
    @Test
    void aDiskWithRoomForTheBackupButNotTheNewStateChangesNothing() throws Exception {
        Path disk = mountSmallDisk();
        TrackerRunner tracker = FixtureRoadmaps.both(tmp).env("TRACKER_STATE", disk.resolve("state.json").toString())
                .roadmap("long.md", "# Long\n\n- [ ] A long one: " + "word ".repeat(2_000) + "\n");
        Snapshot before = stateAndBackupAfterTwoChanges(tracker, disk);
        Path page = disk.resolve("page");
        Files.write(page, new byte[PAGE]);
        Path filler = fill(disk);
        Files.delete(page);

        Run full = tracker.fails(74, "check", "long/a-long-one");

        assertThat(full.err()).contains("no space left on device");
        before.assertUnchanged();
        Files.delete(filler);
        tracker.ok("check", "long/a-long-one");
    }

    @Test
    void aReadOnlyFileSystemFailsTheChangeAndKeepsStateAndBackup() throws Exception {
        Path disk = mountSmallDisk();
        TrackerRunner tracker = FixtureRoadmaps.both(tmp).env("TRACKER_STATE", disk.resolve("state.json").toString());
        Snapshot before = stateAndBackupAfterTwoChanges(tracker, disk);
        Shell.run("mount", "-o", "remount,ro", disk.toString());

        Run readOnly = tracker.fails(74, "check", CONTROL_FLOW);

        assertThat(readOnly.err()).hasLineCount(1).contains(disk.resolve("state.json").toString())
                .contains("the file system is read-only", "the previous state is unchanged");
        before.assertUnchanged();
        assertThat(tracker.ok("status").out()).as("reading still works").contains("alpha");
    }

    @Test
    void aFolderTheUserMayNotWriteIsPermissionDenied() throws Exception {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);
        Path folder = Files.createDirectory(tmp.resolve("state"));
        tracker.env("TRACKER_STATE", folder.resolve("state.json").toString());
        Snapshot before = stateAndBackupAfterTwoChanges(tracker, folder);
        // root ignores permission bits; an immutable folder refuses even root (EPERM)
        Shell.Result immutable = Shell.run("chattr", "+i", folder.toString());
        assumeThat(immutable.exit()).as("chattr +i (needs root and ext4 or xfs): %s", immutable.output()).isZero();
        try {
            Run denied = tracker.fails(74, "check", CONTROL_FLOW);

            assertThat(denied.err()).hasLineCount(1).contains("permission denied on " + folder.toRealPath())
                    .contains("the previous state is unchanged");
            before.assertUnchanged();
        } finally {
            Shell.run("chattr", "-i", folder.toString());
        }
    }

    private Path mountSmallDisk() throws IOException {
        Path disk = Files.createDirectory(tmp.resolve("disk"));
        Shell.Result mount = Shell.run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString());
        assumeThat(mount.exit()).as("mounting a tmpfs needs root: %s", mount.output()).isZero();
        mounted = disk;
        return disk;
    }

    private static Snapshot stateAndBackupAfterTwoChanges(TrackerRunner tracker, Path folder) throws IOException {
        tracker.ok("check", DEFINE);
        tracker.ok("check", IMPLICIT);
        return new Snapshot(folder);
    }

    /** Writes until the disk is full; returns the file to delete to make room again. */
    private static Path fill(Path disk) throws IOException {
        Path filler = disk.resolve("filler");
        byte[] block = new byte[PAGE];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException e) {
            assertThat(e).hasMessageContaining("No space left on device");
        }
        return filler;
    }

    /** The state file and backup as they were, and no temp file beside them. */
    private static final class Snapshot {
        private final Path folder;
        private final byte[] state;
        private final byte[] backup;

        Snapshot(Path folder) throws IOException {
            this.folder = folder;
            this.state = Files.readAllBytes(folder.resolve("state.json"));
            this.backup = Files.readAllBytes(folder.resolve("state.json.bak"));
        }

        void assertUnchanged() throws IOException {
            assertThat(folder.resolve("state.json")).hasBinaryContent(state);
            assertThat(folder.resolve("state.json.bak")).hasBinaryContent(backup);
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp"));
            }
        }
    }
}
