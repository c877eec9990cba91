package dev.tracker.state;

import static dev.tracker.state.StateFixtures.T1;
import static dev.tracker.state.StateFixtures.todo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer at a time: an update waits for the lock on state.json.lock, and gives up with exit 75. */
@Tag(ChildJvm.TAG) // starts a second JVM
class StateLockTest {
    /** Run by a second JVM (the source-file launcher): holds the lock until a line arrives on stdin. */
    private static final String HOLDER = """
            import java.nio.channels.FileChannel;
            import java.nio.file.*;
            public class LockHolder {
                public static void main(String[] args) throws Exception {
                    try (FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                         var lock = c.lock()) {
                        System.out.println("locked");
                        System.out.flush();
                        System.in.read();
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    private Path stateFile() {
        return dir.resolve("state.json");
    }

    private Progress checkA(Progress p) {
        return p.with(todo("r/a"), SkillStatus.DONE, T1);
    }

    @Test
    void updateWaitsForAnotherProcessToRelease() throws Exception {
        Process holder = holdLockInAnotherProcess();
        try {
            CompletableFuture<Progress> update = CompletableFuture.supplyAsync(() -> new StateStore(stateFile()).update(this::checkA));
            Thread.sleep(400);
            assertThat(update).as("must wait while the other process holds the lock").isNotDone();
            assertThat(stateFile()).doesNotExist();

            holder.getOutputStream().write('\n');
            holder.getOutputStream().flush();

            assertThat(update.get(4, TimeUnit.SECONDS).statusOf(todo("r/a"))).isEqualTo(SkillStatus.DONE);
            assertThat(stateFile()).exists();
        } finally {
            holder.destroy();
        }
    }

    @Test
    void updateGivesUpWithBusyWhenTheLockIsNeverReleased() throws Exception {
        Files.writeString(stateFile(), "{\"version\": 1}\n");
        Process holder = holdLockInAnotherProcess();
        try {
            TrackerException e = catchThrowableOfType(TrackerException.class,
                    () -> new StateStore(stateFile(), new LockWait(Duration.ofMillis(1500), line -> { })).update(this::checkA));

            assertThat(e).isNotNull();
            assertThat(e.exitCode()).isEqualTo(ExitCode.BUSY);
            assertThat(e.getMessage()).contains(stateFile().toString()).contains("try again");
            assertThat(stateFile()).hasContent("{\"version\": 1}\n");
        } finally {
            holder.destroy();
        }
    }

    @Test
    void updateWaitsForAnotherThreadOfThisJvmToRelease() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            try (StateLock lock = StateLock.acquire(stateFile().toAbsolutePath())) {
                locked.countDown();
                release.await(5, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(locked.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Progress> update = CompletableFuture.supplyAsync(() -> new StateStore(stateFile()).update(this::checkA));
        Thread.sleep(300);
        release.countDown();
        other.get(5, TimeUnit.SECONDS);

        assertThat(update.handle((progress, error) -> error == null ? "written" : "failed: " + error.getCause())
                .get(5, TimeUnit.SECONDS)).isEqualTo("written");
        assertThat(new StateStore(stateFile()).load().statusOf(todo("r/a"))).isEqualTo(SkillStatus.DONE);
    }

    private Process holdLockInAnotherProcess() throws IOException {
        Path source = dir.resolve("LockHolder.java");
        Files.writeString(source, HOLDER);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-XX:-UsePerfData", source.toString(), dir.resolve("state.json.lock").toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        assertThat(first).as("the helper process reports that it holds the lock").isEqualTo("locked");
        return process;
    }
}
