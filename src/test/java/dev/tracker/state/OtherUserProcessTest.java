package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.tracker.testing.TrackerRunner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user who is neither the state file's owner nor root is refused before anything is written,
 * even where the folder lets them replace the file (it would become theirs): the tracker runs as
 * nobody (setpriv) on root's state in a folder anyone may write.
 */
@Tag(ChildJvm.TAG)
class OtherUserProcessTest {
    @TempDir
    Path dir;

    @Test
    void nobodyChangingRootsStateIsRefusedAndTheFileStaysRoots() throws IOException {
        assumeThat(FileOwner.CURRENT_UID).as("root makes the other user's process").isZero();
        assumeThat(Shell.run("setpriv", "--version").exit()).as("setpriv").isZero();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path shared = Files.createDirectory(dir.resolve("shared"));
        TrackerRunner tracker = new TrackerRunner(shared).roadmap("r.md", "# R\n\n- [ ] alpha\n- [ ] beta\n");
        tracker.ok("check", "alpha");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(tracker.roadmapsDir(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(tracker.roadmapsDir().resolve("r.md"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(tracker.stateFile(), PosixFilePermissions.fromString("rw-rw-rw-"));
        byte[] before = Files.readAllBytes(tracker.stateFile());
        String command = "setpriv --reuid=65534 --regid=65534 --clear-groups " + TrackerProcess.command(readableClassPath());

        TrackerProcess.Result check = TrackerProcess.bash(shared, command, "tracker check beta --state state.json",
                Map.of("TRACKER_ROADMAPS", tracker.roadmapsDir().toString(), "HOME", shared.toString()));

        assertThat(check.exit()).as(check.toString()).isEqualTo(74);
        assertThat(check.err().lines()).as(check.toString()).hasSize(1).allMatch(line -> line.startsWith(
                "tracker: state file " + tracker.stateFile() + " belongs to user root, not to you; it was left untouched"));
        assertThat(Files.readAllBytes(tracker.stateFile())).isEqualTo(before);
        assertThat(Files.getOwner(tracker.stateFile()).getName()).isEqualTo("root");
        assertThat(shared.resolve("state.json.lock")).as("no lock beside a file the tracker will not write")
                .satisfiesAnyOf(lock -> assertThat(Files.getOwner(lock).getName()).isEqualTo("root"),
                        lock -> assertThat(lock).doesNotExist());
    }

    /** The class path copied where nobody can read it (root's Maven repository is closed to others). */
    private String readableClassPath() throws IOException {
        Path copy = Files.createDirectory(dir.resolve("cp"));
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path from = Path.of(entry);
            if (!Files.exists(from)) {
                continue;
            }
            Path to = copy.resolve(n++ + "-" + from.getFileName());
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target.toString().isEmpty() ? to : target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            entries.add(to.toString());
        }
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
