package dev.tracker.state;

import static dev.tracker.testing.FixtureRoadmaps.CONTROL_FLOW;
import static dev.tracker.testing.FixtureRoadmaps.DEFINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder without write permission for the user: the change fails in one line (exit 74) and
 * nothing is written. Root ignores permission bits, so as root this is skipped; .ci/run runs it
 * as a user of its own (src/test/shell/as-user.sh), with the other permission checks.
 */
class PermissionBitsTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderWithoutWritePermissionRefusesTheChangeAndKeepsTheState() throws IOException {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);
        Path folder = Files.createDirectory(tmp.resolve("state"));
        Path state = folder.resolve("state.json");
        tracker.env("TRACKER_STATE", state.toString()).ok("check", DEFINE);
        tracker.ok("check", CONTROL_FLOW);
        byte[] before = Files.readAllBytes(state);
        byte[] backup = Files.readAllBytes(folder.resolve("state.json.bak"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeTrue(!Files.isWritable(folder), "running as root, which writes any folder: permission not checked");

            TrackerRunner.Run denied = tracker.fails(74, "uncheck", DEFINE);

            assertThat(denied.err()).hasLineCount(1).contains("permission denied on " + folder.toRealPath())
                    .contains("the previous state is unchanged");
            assertThat(Files.readAllBytes(state)).isEqualTo(before);
            assertThat(Files.readAllBytes(folder.resolve("state.json.bak"))).isEqualTo(backup);
            assertThat(tracker.ok("status").out()).as("reading still works").contains("alpha");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
