package dev.tracker.state;

import static dev.tracker.state.StateFixtures.T1;
import static dev.tracker.state.StateFixtures.todo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the state path leads: a named pipe or any other non-regular file is refused in one line,
 * at once (it used to block every command forever, waiting for a writer); a dangling link is
 * written where it points, the link kept; links that loop are refused.
 */
@Timeout(30) // a hang is a failure
class StatePathTest {
    @TempDir
    Path dir;

    private Progress checkA(Progress p) {
        return p.with(todo("r/a"), SkillStatus.DONE, T1);
    }

    private Path fifo() {
        Path fifo = dir.resolve("state.json");
        Shell.Result made = Shell.run("mkfifo", fifo.toString());
        assumeThat(made.exit()).as("mkfifo: " + made.output()).isZero();
        return fifo;
    }

    @Test
    void aNamedPipeIsRefusedByWritersInOneLineWithNoLockBesideIt() {
        Path fifo = fifo();
        TrackerException e = catchThrowableOfType(TrackerException.class, () -> new StateStore(fifo).update(this::checkA));
        assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(e.getMessage()).isEqualTo("state file " + fifo + " cannot be read (it is a named pipe (FIFO), not a "
                + "regular file); it was left untouched: fix it by hand, or move it away to start afresh");
        assertThat(dir.resolve("state.json.lock")).doesNotExist();
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void commandsOnANamedPipeEndAtOnce() {
        fifo();
        TrackerRunner tracker = new TrackerRunner(dir).roadmap("r.md", "# R\n\n- [ ] a\n");
        Run check = tracker.fails(ExitCode.DATA_ERROR, "check", "a");
        assertThat(check.err().lines()).hasSize(1).allMatch(line -> line.contains("named pipe (FIFO)"));
        Run status = tracker.run("status");
        assertThat(status.exit()).isZero();
        assertThat(status.err().lines()).hasSize(1).allMatch(line -> line.startsWith("tracker: warning: ")
                && line.contains("named pipe (FIFO)") && line.endsWith("meanwhile this shows the markdown's own marks"));
        assertThat(tracker.run("log").exit()).isZero();
    }

    @Test
    void aFolderOrADeviceIsRefusedToo() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        assertThat(catchThrowableOfType(TrackerException.class, () -> new StateStore(folder).load()).getMessage())
                .contains("(it is a folder, not a regular file)");
        Path zero = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        TrackerException e = catchThrowableOfType(TrackerException.class, () -> new StateStore(zero).update(this::checkA));
        assertThat(e.getMessage()).contains("/dev/zero cannot be read (it is a character device, not a regular file)");
        assertThat(Path.of("/dev/zero.lock")).doesNotExist();
    }

    @Test
    void aDanglingLinkIsWrittenWhereItPointsAndStaysALink() throws IOException {
        Path target = dir.resolve("repo").resolve("state.json"); // neither the file nor its folder exists yet
        Path link = Files.createSymbolicLink(dir.resolve("state.json"), target);

        new StateStore(link).update(this::checkA);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(target);
        assertThat(new StateStore(target).load().statusOf(todo("r/a"))).isEqualTo(SkillStatus.DONE);
        assertThat(dir.resolve("repo").resolve("state.json.lock")).exists();
        assertThat(dir.resolve("state.json.lock")).doesNotExist();
    }

    @Test
    void aRelativeDanglingLinkThroughAnotherLinkIsFollowedToTheEnd() throws IOException {
        Files.createDirectory(dir.resolve("repo"));
        Files.createSymbolicLink(dir.resolve("middle.json"), Path.of("repo/state.json"));
        Path link = Files.createSymbolicLink(dir.resolve("state.json"), Path.of("middle.json"));

        new StateStore(link).update(this::checkA);

        assertThat(Files.isSymbolicLink(dir.resolve("middle.json"))).isTrue();
        assertThat(Files.isRegularFile(dir.resolve("repo/state.json"), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void linksThatLoopAreRefusedAndNothingIsWritten() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        TrackerException e = catchThrowableOfType(TrackerException.class, () -> new StateStore(a).update(this::checkA));
        assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(e.getMessage()).contains("its symbolic links loop");
        assertThat(Files.isSymbolicLink(a) && Files.isSymbolicLink(b)).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("a.json", "b.json");
        }
    }
}
