package dev.tracker.state;

import static dev.tracker.state.StateFixtures.T1;
import static dev.tracker.state.StateFixtures.todo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.SkillStatus;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests for the two ways a {@code FileChannel} lock is lost: a second lock from the
 * same JVM throws OverlappingFileLockException, and closing any other channel on the locked
 * file releases the lock silently (POSIX semantics).
 */
@Tag(ChildJvm.TAG)
@Timeout(120)
class LockPitfallsTest {
    private static final int THREADS = 8;

    @TempDir
    Path dir;

    @Test
    void threadsOfOneJvmUpdatingAtOnceAllSucceedOneAfterTheOther() throws Exception {
        Path state = dir.resolve("state.json");
        assertThat(updateAtOnce(IntStream.range(0, THREADS).mapToObj(i -> state).collect(Collectors.toList())))
                .as("changes running at the same time").isEqualTo(1);

        assertThat(new StateStore(state).load().history()).hasSize(THREADS);
    }

    @Test
    void oneStateFileReachedByTwoPathsStillHasOneWriterAtATime() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        List<Path> paths = IntStream.range(0, THREADS).mapToObj(i -> (i % 2 == 0 ? real : link).resolve("state.json"))
                .collect(Collectors.toList());

        assertThat(updateAtOnce(paths)).as("changes running at the same time").isEqualTo(1);

        assertThat(new StateStore(real.resolve("state.json")).load().history()).hasSize(THREADS);
    }

    @Test
    void readingTheStateFileWhileHoldingTheLockKeepsTheLock() throws Exception {
        Path state = dir.resolve("state.json");
        StateStore store = new StateStore(state);
        store.update(p -> p.with(todo("r/a"), SkillStatus.DONE, T1));
        byte[] before = Files.readAllBytes(state);

        try (StateLock lock = StateLock.acquire(store.file())) {
            store.load();
            Files.readAllBytes(state);
            try (FileChannel channel = FileChannel.open(state, StandardOpenOption.READ)) {
                channel.size();
            }
            ChildJvm other = ChildJvm.start("check", state.toString(), "r/b").awaitReady();

            assertThat(other.exitCode()).as("another process must still find the lock held").isEqualTo(ExitCode.BUSY);
            assertThat(other.rest()).contains("another tracker is writing " + store.file());
            assertThat(state).hasBinaryContent(before);
        }
        ChildJvm after = ChildJvm.start("check", state.toString(), "r/b").awaitReady();
        assertThat(after.exitCode()).as("once released, the same child succeeds").isZero();
        assertThat(store.load().history()).extracting(HistoryEntry::id).containsExactly("r/a", "r/b");
    }

    /** Updates through each path from its own thread, all released at once; returns how many changes ever overlapped. */
    private static int updateAtOnce(List<Path> paths) throws Exception {
        CyclicBarrier start = new CyclicBarrier(paths.size());
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(paths.size());
        try {
            List<Future<Progress>> updates = IntStream.range(0, paths.size()).mapToObj(i -> threads.submit(() -> {
                start.await();
                return new StateStore(paths.get(i)).update(p -> {
                    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    sleepQuietly(); // widens the window in which a second writer would show
                    inside.decrementAndGet();
                    return p.with(todo("r/thread-" + i), SkillStatus.DONE, T1);
                });
            })).collect(Collectors.toList());
            for (Future<Progress> update : updates) {
                update.get(); // rethrows what an update threw, OverlappingFileLockException among others
            }
        } finally {
            threads.shutdownNow();
        }
        return mostInside.get();
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
