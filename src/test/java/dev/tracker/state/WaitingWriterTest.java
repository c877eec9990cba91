package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer finding the lock held waits its turn: 30 s by default, $TRACKER_LOCK_TIMEOUT seconds
 * when set; after a second it says, once, that it waits and for which process; when it gives up
 * it exits 75 naming the process and the way to wait longer, and has changed nothing.
 */
@Tag(ChildJvm.TAG) // another JVM holds the lock
class WaitingWriterTest {
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

    private TrackerRunner tracker;

    @BeforeEach
    void aStateFile() {
        tracker = new TrackerRunner(dir).roadmap("r.md", "# R\n\n- [ ] alpha\n- [ ] beta\n");
        tracker.ok("check", "alpha");
    }

    @Test
    void givesUpAfterTheTimeItWasToldNamingTheHolder() throws Exception {
        String before = tracker.stateText();
        Process holder = holdLock();
        try {
            long start = System.nanoTime();
            Run run = tracker.env("TRACKER_LOCK_TIMEOUT", "2.5").run("check", "beta");
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(run.exit()).as(run.toString()).isEqualTo(75);
            assertThat(waited).isBetween(2_400L, 20_000L);
            String process = "process " + holder.pid() + " (";
            assertThat(run.err().lines()).as(run.toString()).containsExactly(
                    "tracker: waiting for " + lineAfter(run.err(), "waiting for ") ,
                    "tracker: another tracker is writing " + tracker.stateFile() + ": " + lineAfter(run.err(), "writing "
                            + tracker.stateFile() + ": "));
            assertThat(run.err().lines().toList().get(0)).contains(process).contains(" to finish writing "
                    + tracker.stateFile() + " (up to 2.5 s; $TRACKER_LOCK_TIMEOUT sets how long)");
            assertThat(run.err().lines().toList().get(1)).contains(process).contains(" held its lock "
                    + tracker.stateFile() + ".lock for 2.5 s; nothing was changed: try again, or wait longer with "
                    + "$TRACKER_LOCK_TIMEOUT=SECONDS");
            assertThat(tracker.stateText()).isEqualTo(before);
        } finally {
            holder.destroy();
        }
    }

    @Test
    void waitsByDefaultForAHolderThatTakesSecondsAndSaysSoOnce() throws Exception {
        Process holder = holdLock();
        try {
            CompletableFuture<Run> check = CompletableFuture.supplyAsync(() -> tracker.run("check", "beta"));
            Thread.sleep(3_000); // longer than the 5 s of old would allow, with the check's start-up
            assertThat(check).as("still waiting").isNotDone();
            Thread.sleep(2_500);
            holder.getOutputStream().write('\n');
            holder.getOutputStream().flush();
            Run run = check.get(20, TimeUnit.SECONDS);
            assertThat(run.exit()).as(run.toString()).isZero();
            assertThat(run.err().lines()).as(run.toString()).hasSize(1)
                    .allMatch(line -> line.startsWith("tracker: waiting for process " + holder.pid() + " ")
                            && line.endsWith("(up to 30 s; $TRACKER_LOCK_TIMEOUT sets how long)"));
            assertThat(tracker.stateText()).contains("r/beta");
        } finally {
            holder.destroy();
        }
    }

    @Test
    void theWaitIsThirtySecondsUnlessToldAndABadValueIsAUsageError() {
        assertThat(LockWait.from(Map.of(), line -> { }).timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(LockWait.from(Map.of("TRACKER_LOCK_TIMEOUT", "0"), line -> { }).timeout()).isZero();
        assertThat(LockWait.from(Map.of("TRACKER_LOCK_TIMEOUT", " 90 "), line -> { }).timeout()).hasSeconds(90);
        Run bad = tracker.env("TRACKER_LOCK_TIMEOUT", "soon").fails(2, "check", "beta");
        assertThat(bad.err()).isEqualTo("tracker: $TRACKER_LOCK_TIMEOUT must be a number of seconds from 0 to 3600 "
                + "(such as 30), not 'soon'\n");
        assertThat(tracker.run("status").exit()).as("a reader takes no lock and minds no timeout").isZero();
    }

    private static String lineAfter(String text, String prefix) {
        return text.lines().filter(l -> l.contains(prefix)).findFirst().map(l -> l.substring(l.indexOf(prefix) + prefix.length()))
                .orElse("(no line with " + prefix + ")");
    }

    private Process holdLock() throws IOException {
        Path source = dir.resolve("LockHolder.java");
        Files.writeString(source, HOLDER);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-XX:-UsePerfData", source.toString(), tracker.stateFile() + ".lock")
                .redirectErrorStream(true).start();
        String first = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(first).as("the helper holds the lock").isEqualTo("locked");
        return process;
    }
}
