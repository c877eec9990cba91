package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state folder that cannot be made says why (the JDK names only the path), and changes nothing. */
class StateFolderErrorTest {
    @TempDir
    Path dir;

    private TrackerRunner tracker() {
        return new TrackerRunner(dir).roadmap("plan.md", "# Plan\n- [ ] a\n");
    }

    @Test
    void aFolderInsideProcIsTheKernelsFileSystem() throws IOException {
        assumeThat(Files.getFileStore(Path.of("/proc")).type()).as("/proc is a proc file system here").isEqualTo("proc");
        TrackerRunner.Run run = tracker().fails(73, "--state", "/proc/x/y", "check", "plan/a");
        assertThat(run.err()).isEqualTo("tracker: cannot create the state folder /proc/x: /proc is the kernel's own proc "
                + "file system, where no folder can be made; choose another place with --state or $TRACKER_STATE\n");
    }

    @Test
    void aFileInThePathIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("notes"), "kept\n");
        TrackerRunner.Run run = tracker().fails(73, "--state", file.resolve("x/state.json").toString(), "check", "plan/a");
        assertThat(run.err()).contains("cannot create the state folder " + file.resolve("x") + ": " + file + " is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("kept\n");
    }
}
