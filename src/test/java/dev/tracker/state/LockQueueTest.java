package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue file within one JVM: tickets in order, a ticket live while its queue is open, the
 * head moved by the writer served, and files left damaged or by killed writers still working.
 * (Within one JVM a ticket held through another channel shows as live through the JVM's own
 * table; across processes, through the kernel's: {@link FairQueueProcessTest}.)
 */
class LockQueueTest {
    private static final long SOON = TimeUnit.SECONDS.toNanos(2);

    @TempDir
    Path dir;

    private final List<FileChannel> channels = new ArrayList<>();

    @AfterEach
    void closeAll() throws IOException {
        for (FileChannel channel : channels) {
            channel.close();
        }
    }

    private Path queueFile() {
        return dir.resolve("state.json.queue");
    }

    private FileChannel channel() throws IOException {
        FileChannel channel = FileChannel.open(queueFile(), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        channels.add(channel);
        return channel;
    }

    private LockQueue join() throws Exception {
        return LockQueue.join(channel(), System.nanoTime() + SOON);
    }

    private long[] counters() throws IOException {
        try (FileChannel read = FileChannel.open(queueFile(), StandardOpenOption.READ)) {
            return LockQueue.readCounters(read);
        }
    }

    private void writeCounters(long next, long head) throws IOException {
        Files.write(queueFile(), ByteBuffer.allocate(16).putLong(next).putLong(head).array());
    }

    @Test
    void ticketsAreGivenInOrderAndEachWaitsForTheOneBefore() throws Exception {
        LockQueue first = join();
        LockQueue second = join();
        LockQueue third = join();

        assertThat(List.of(first.ticket(), second.ticket(), third.ticket())).containsExactly(0L, 1L, 2L);
        assertThat(first.nearestAhead()).isEqualTo(-1);
        assertThat(second.nearestAhead()).isEqualTo(0);
        assertThat(third.nearestAhead()).isEqualTo(1);
        assertThat(third.liveAhead()).isEqualTo(2);
        assertThat(counters()).containsExactly(3, 0);

        first.served();
        assertThat(counters()).containsExactly(3, 0);
        first.close();
        assertThat(second.nearestAhead()).isEqualTo(-1);
        assertThat(third.nearestAhead()).isEqualTo(1);
        second.served();
        assertThat(counters()).as("the head: no ticket below the last one served can be live").containsExactly(3, 1);
    }

    @Test
    void aWaiterThatGivesUpIsPassed() throws Exception {
        LockQueue first = join();
        LockQueue second = join();
        LockQueue third = join();

        second.close(); // timed out, or killed: its lock is gone either way
        assertThat(third.nearestAhead()).isEqualTo(0);
        first.close();
        assertThat(third.nearestAhead()).isEqualTo(-1);
    }

    @Test
    void ticketsLeftByKilledWritersAreFreeAndTheCountGoesOn() throws Exception {
        writeCounters(7, 4); // writers 4, 5, 6 were killed: nothing holds their bytes
        LockQueue next = join();

        assertThat(next.ticket()).isEqualTo(7);
        assertThat(next.nearestAhead()).isEqualTo(-1);
        assertThat(counters()).containsExactly(8, 4);
    }

    @Test
    void countersThatNoQueueFileHoldsStartTheCountAgain() throws Exception {
        long[][] damaged = {{-5, 0}, {3, 9}, {LockQueue.LAST_TICKET + 1, 0}, {4, -1}};
        for (long[] counters : damaged) {
            writeCounters(counters[0], counters[1]);
            try (LockQueue queue = join()) {
                assertThat(queue.ticket()).as("after %d, %d", counters[0], counters[1]).isZero();
                assertThat(queue.nearestAhead()).isEqualTo(-1);
            }
            assertThat(counters()).containsExactly(1, 0);
        }
        Files.write(queueFile(), new byte[] {0, 0, 0});
        try (LockQueue queue = join()) {
            assertThat(queue.ticket()).as("a file cut short reads as zeros").isZero();
        }
        Files.write(queueFile(), new byte[0]);
        try (LockQueue queue = join()) {
            assertThat(queue.ticket()).isZero();
        }
    }

    @Test
    void aHeadFarBehindIsBroughtWithinTheSpanSoThatAScanStaysShort() throws Exception {
        writeCounters(LockQueue.SPAN * 3, 0);
        try (LockQueue queue = join()) {
            assertThat(queue.ticket()).isEqualTo(LockQueue.SPAN * 3);
            assertThat(counters()).containsExactly(LockQueue.SPAN * 3 + 1, LockQueue.SPAN * 2);
        }
    }

    @Test
    void aTicketHeldAlreadyAfterTheCountStartedAgainIsSkipped() throws Exception {
        LockQueue old = join(); // ticket 0, still waiting
        writeCounters(0, 0); // the count started again under it
        LockQueue next = join();

        assertThat(next.ticket()).isEqualTo(1);
        assertThat(next.nearestAhead()).isEqualTo(0);
        old.close();
    }

    @Test
    void anEntryHeldPastTheDeadlineGivesNoTicket() throws Exception {
        FileChannel other = channel();
        try (FileLock entry = other.lock(0, 16, false)) {
            long start = System.nanoTime();
            assertThat(LockQueue.join(channel(), start + TimeUnit.MILLISECONDS.toNanos(200))).isNull();
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
        }
        assertThat(join().ticket()).isZero();
    }
}
