package dev.tracker.state;

import static dev.tracker.state.StateFixtures.T1;
import static dev.tracker.state.StateFixtures.todo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lock file is made only beside a state file the tracker will write, readable by its owner
 * only: a command refused because the target is no state file (a link to a password file, to
 * /dev/zero) leaves nothing beside it, and a lock file an older tracker left 0644 becomes 0600.
 * The same holds for the writers' queue beside it ({@code state.json.queue}).
 */
class LockFileTest {
    @TempDir
    Path dir;

    private Progress checkA(Progress p) {
        return p.with(todo("r/a"), SkillStatus.DONE, T1);
    }

    @Test
    void theLockFileAndTheQueueFileAreMadeOwnerOnly() throws IOException {
        Path state = dir.resolve("state.json");
        new StateStore(state).update(this::checkA);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("state.json.lock"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("state.json.queue"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aQueueFileLeftReadableByOthersBecomesOwnerOnly() throws IOException {
        Path queue = Files.createFile(dir.resolve("state.json.queue"));
        Files.setPosixFilePermissions(queue, PosixFilePermissions.fromString("rw-rw-rw-"));
        new StateStore(dir.resolve("state.json")).update(this::checkA);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(queue))).isEqualTo("rw-------");
    }

    @Test
    void aNamedPipeAsTheLockOrQueueFileIsRefusedAtOnceInsteadOfHanging() throws Exception {
        for (String name : new String[] {"state.json.lock", "state.json.queue"}) {
            Path folder = Files.createDirectory(dir.resolve("fifo-" + name));
            Path pipe = folder.resolve(name);
            assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();

            TrackerException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> catchThrowableOfType(
                    TrackerException.class, () -> new StateStore(folder.resolve("state.json")).update(this::checkA)));

            assertThat(e).as(name).isNotNull();
            assertThat(e.exitCode()).isEqualTo(ExitCode.IO_ERROR);
            assertThat(e.getMessage()).contains(pipe + ": not a plain file (a link, a named pipe or the like), "
                    + "which no tracker makes: delete it; the previous state is unchanged");
            assertThat(folder.resolve("state.json")).doesNotExist();
        }
    }

    @Test
    void aQueueFileThatIsALinkIsNotFollowed() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me\n");
        Files.createSymbolicLink(dir.resolve("state.json.queue"), victim);

        TrackerException e = catchThrowableOfType(TrackerException.class,
                () -> new StateStore(dir.resolve("state.json")).update(this::checkA));

        assertThat(e.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(victim).hasContent("keep me\n");
        assertThat(dir.resolve("state.json")).doesNotExist();
    }

    @Test
    void aLockFileLeftReadableByOthersBecomesOwnerOnly() throws IOException {
        Path state = dir.resolve("state.json");
        Path lock = Files.createFile(dir.resolve("state.json.lock"));
        Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString("rw-r--r--"));
        new StateStore(state).update(this::checkA);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lock))).isEqualTo("rw-------");
    }

    @Test
    void aLinkToAFileThatIsNoStateFileGetsNoLockBesideItsTarget() throws IOException {
        Path etc = Files.createDirectory(dir.resolve("etc"));
        Path passwd = Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Path link = Files.createSymbolicLink(dir.resolve("state.json"), passwd);

        TrackerException e = catchThrowableOfType(TrackerException.class, () -> new StateStore(link).update(this::checkA));

        assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(e.getMessage()).contains("state file " + passwd + " cannot be read");
        assertThat(passwd).hasContent("root:x:0:0:root:/root:/bin/bash\n");
        try (var files = Files.list(etc)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("passwd");
        }
        assertThat(dir.resolve("state.json.lock")).doesNotExist();
        assertThat(dir.resolve("state.json.queue")).doesNotExist();
    }

    @Test
    void theRealPasswordFileAndDevZeroThroughLinksGetNoLockFile() throws IOException {
        for (String target : new String[] {"/etc/passwd", "/dev/zero"}) {
            Path link = Files.createSymbolicLink(dir.resolve("to-" + Path.of(target).getFileName()), Path.of(target));
            TrackerException e = catchThrowableOfType(TrackerException.class, () -> new StateStore(link).update(this::checkA));
            assertThat(e).as(target).isNotNull();
            assertThat(e.exitCode()).as(target).isEqualTo(ExitCode.DATA_ERROR);
            assertThat(Path.of(target + ".lock")).as(target).doesNotExist();
            assertThat(Path.of(target + ".queue")).as(target).doesNotExist();
        }
    }

    @Test
    void aLockFileThatIsALinkIsNotFollowed() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me\n");
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createSymbolicLink(dir.resolve("state.json.lock"), victim);

        TrackerException e = catchThrowableOfType(TrackerException.class,
                () -> new StateStore(dir.resolve("state.json")).update(this::checkA));

        assertThat(e.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(victim).hasContent("keep me\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(victim))).isEqualTo("rw-r--r--");
        assertThat(dir.resolve("state.json")).doesNotExist();
    }
}
