package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers wait their turn, across processes: twenty writers that start waiting one after another
 * while another process holds the lock get it in that order, past a waiter killed in the middle
 * and a holder killed while it holds the lock (kill -9: no cleanup, only the kernel dropping the
 * dead processes' locks); and a waiter says whom it waits for and behind how many writers.
 */
@Tag(ChildJvm.TAG)
@Timeout(240)
class FairQueueProcessTest {
    private static final int WRITERS = 20;
    /** The waiter killed in the middle of the queue (1-based, as the skills are named). */
    private static final int KILLED = 10;
    /** Between one writer's ticket and the next writer's start: "one after another, with a small gap". */
    private static final long GAP_MILLIS = 30;

    @TempDir
    Path dir;

    @Test
    void writersGetTheLockInTheOrderTheyAskedForItPastAKilledWaiterAndAKilledHolder() throws Exception {
        Path state = dir.resolve("state.json");
        ChildJvm holder = ChildJvm.start("hold", state.toString(), "queue/holder", dir.resolve("never").toString());
        List<ChildJvm> writers = IntStream.rangeClosed(1, WRITERS)
                .mapToObj(i -> ChildJvm.start("check", state.toString(), "queue/writer-" + i, dir.resolve("start-" + i).toString()))
                .collect(Collectors.toList());
        try {
            holder.awaitReady().awaitLine("holding"); // ticket 0, and the lock
            writers.forEach(ChildJvm::awaitReady);
            for (int i = 1; i <= WRITERS; i++) {
                Files.createFile(dir.resolve("start-" + i));
                awaitTicketsTaken(state, i + 1); // writer i has ticket i: the order they asked in is known
                Thread.sleep(GAP_MILLIS);
            }
            writers.get(KILLED - 1).kill();
            long released = System.nanoTime();
            holder.kill();

            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= WRITERS; i++) {
                if (i != KILLED) {
                    assertThat(writers.get(i - 1).exitCode()).as("writer %d", i).isZero();
                    expected.add("queue/writer-" + i);
                }
            }
            long allDone = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - released);
            List<HistoryEntry> history = new StateStore(state).load().history();
            assertThat(history).extracting(HistoryEntry::id).as("the lock was taken in the order of the tickets")
                    .containsExactlyElementsOf(expected);
            for (int i = 1; i < history.size(); i++) {
                assertThat(history.get(i).at()).isAfterOrEqualTo(history.get(i - 1).at());
            }
            System.out.printf("FairQueueProcessTest: %d of %d writers in arrival order within %d ms of the holder's kill%n",
                    history.size(), WRITERS - 1, allDone);
        } finally {
            holder.killIfAlive();
            writers.forEach(ChildJvm::killIfAlive);
        }
    }

    @Test
    void aWaiterNamesTheHolderAndCountsTheWritersAheadThenGivesUpLeavingTheQueueMoving() throws Exception {
        TrackerRunner tracker = new TrackerRunner(dir).roadmap("r.md", "# R\n\n- [ ] alpha\n- [ ] beta\n- [ ] gamma\n");
        Path state = tracker.stateFile();
        Path release = dir.resolve("release");
        ChildJvm holder = ChildJvm.start("hold", state.toString(), "r/alpha", release.toString());
        ChildJvm waiter = ChildJvm.start("check", state.toString(), "r/beta", dir.resolve("go").toString());
        try {
            holder.awaitReady().awaitLine("holding");
            waiter.awaitReady();
            Files.createFile(dir.resolve("go"));
            awaitTicketsTaken(state, 2);

            Run run = tracker.env("TRACKER_LOCK_TIMEOUT", "2").run("check", "gamma");

            String process = "process " + holder.pid() + " (";
            assertThat(run.exit()).as(run.toString()).isEqualTo(75);
            List<String> lines = run.err().lines().collect(Collectors.toList());
            assertThat(lines).as(run.toString()).hasSize(2);
            assertThat(lines.get(0)).startsWith("tracker: waiting for " + process)
                    .endsWith(" to finish writing " + state + " (2 writers ahead in the queue; up to 2 s; "
                            + "$TRACKER_LOCK_TIMEOUT sets how long)");
            assertThat(lines.get(1)).startsWith("tracker: another tracker is writing " + state + ": after 2 s 2 writers "
                    + "were still ahead of this one in the queue " + state + ".queue (" + process)
                    .endsWith(" holds the lock " + state + ".lock); nothing was changed: try again, or wait longer with "
                            + "$TRACKER_LOCK_TIMEOUT=SECONDS");

            Files.createFile(release);
            assertThat(holder.exitCode()).isZero();
            assertThat(waiter.exitCode()).as("the writer behind the holder, not behind the one that gave up").isZero();
            tracker.ok("check", "gamma");
            // the holder's and the waiter's changes first, in that order; the tracker's own check after them
            assertThat(new StateStore(state).load().history()).extracting(HistoryEntry::id)
                    .startsWith("r/alpha", "r/beta").contains("r/gamma");
        } finally {
            holder.killIfAlive();
            waiter.killIfAlive();
        }
    }

    @Test
    void aWaiterBlockedOnTheTicketAheadWakesWhenItsHolderEndsAndGivesUpAtItsDeadline() throws Exception {
        Path state = dir.resolve("state.json");
        Path release = dir.resolve("release");
        ChildJvm holder = ChildJvm.start("hold", state.toString(), "queue/holder", release.toString());
        holder.awaitReady().awaitLine("holding"); // ticket 0
        try (FileChannel first = queueChannel(state); FileChannel second = queueChannel(state)) {
            LockQueue late = LockQueue.join(first, System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
            assertThat(late.ticket()).isEqualTo(1);
            long start = System.nanoTime();
            AtomicLong toldAfter = new AtomicLong(-1);
            IllegalStateException busy = catchThrowableOfType(IllegalStateException.class, () -> late.awaitTurn(
                    start + TimeUnit.MILLISECONDS.toNanos(600), start + TimeUnit.MILLISECONDS.toNanos(200),
                    () -> toldAfter.set(System.nanoTime() - start), () -> new IllegalStateException("busy, " + late.liveAhead())));
            assertThat(busy).as("given up at the deadline, with the queue as it was").hasMessage("busy, 1");
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(600));
            assertThat(toldAfter.get()).as("told once the notice was due").isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
            assertThat(first.isOpen()).as("the ticket given up with its channel").isFalse();

            LockQueue next = LockQueue.join(second, System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
            assertThat(next.ticket()).isEqualTo(2);
            CompletableFuture<Long> turn = CompletableFuture.supplyAsync(() -> {
                try {
                    next.awaitTurn(System.nanoTime() + TimeUnit.SECONDS.toNanos(30), Long.MAX_VALUE, () -> { },
                            () -> new IllegalStateException("busy"));
                    return System.nanoTime();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertThat(turn).as("the holder still holds ticket 0; ticket 1 gave up and is passed").isNotDone();
            long released = System.nanoTime();
            Files.createFile(release);
            long wokenAfter = turn.get(20, TimeUnit.SECONDS) - released;
            assertThat(holder.exitCode()).isZero();
            assertThat(next.nearestAhead()).as("this waiter's turn").isEqualTo(-1);
            System.out.printf("FairQueueProcessTest: woken %d ms after the holder was told to end%n",
                    TimeUnit.NANOSECONDS.toMillis(wokenAfter));
            next.close();
        } finally {
            holder.killIfAlive();
        }
    }

    private static FileChannel queueChannel(Path state) throws IOException {
        return FileChannel.open(LockFiles.queueFileOf(state), StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** Polls the queue's count of tickets given out until it reaches {@code count} (30 s at most). */
    private static void awaitTicketsTaken(Path state, long count) throws IOException, InterruptedException {
        Path queue = LockFiles.queueFileOf(state);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            // a channel of its own, closed at once: this JVM holds no lock on the file that closing it could drop
            if (Files.exists(queue)) {
                try (FileChannel read = FileChannel.open(queue, StandardOpenOption.READ)) {
                    if (LockQueue.readCounters(read)[0] >= count) {
                        return;
                    }
                }
            }
            assertThat(System.nanoTime() < deadline).as("%d tickets taken within 30 s", count).isTrue();
            Thread.sleep(2);
        }
    }
}
