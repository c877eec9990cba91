package dev.tracker.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The writers' queue beside a state file ({@code state.json.queue}), which makes the wait for
 * the state's lock first come, first served. A writer takes the next ticket, holds a lock on its
 * ticket's byte while it waits and writes, and takes the state's lock only once every ticket
 * before its own is free ({@link QueueScan}).
 *
 * <p>The file: bytes 0-7 are the next ticket, bytes 8-15 the head (the ticket of the last writer
 * that got the state's lock: no ticket below it can be live), both big-endian; a lock on bytes
 * 0-15 makes the taking of a ticket one step; ticket t is a lock on byte {@link #TICKETS} + t.
 * All are POSIX record locks, which the kernel drops when their process ends, however it ends:
 * a killed writer's ticket is free at once and its successor passes it, a writer killed while
 * taking a ticket leaves a ticket no one holds, and the file needs no cleaning. Numbers that are
 * not what this file can hold (a file damaged by hand) start the count again at 0, which may let
 * one writer pass the others once; the state's own lock, not the queue, keeps writers apart.
 */
final class LockQueue implements AutoCloseable {
    /** Where the tickets' bytes begin, well past the counters and their lock. */
    static final long TICKETS = 1024;
    /** Past this the count starts again at 0 (never reached: a ticket a nanosecond for 146 years). */
    static final long LAST_TICKET = 1L << 62;
    /** The most tickets a waiter looks back over (65,536 probes take well under a second). */
    static final long SPAN = 1 << 16;
    private static final long COUNTERS = 16;
    private static final long ENTRY_PAUSE_MILLIS = 1;
    private static final long POLL_MILLIS = 5;

    /**
     * One thread for every waiter of this JVM: it wakes twice at most per wait, for the notice and
     * the deadline. A class of its own, so that a write that does not wait loads none of it.
     */
    private static final class Watch {
        static final ScheduledExecutorService THREAD = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tracker-queue-watch");
            thread.setDaemon(true);
            return thread;
        });
    }

    private final FileChannel channel;
    private final long ticket;
    private final FileLock ticketLock;
    private final QueueScan scan;
    /** Until the wait for this writer's turn is over: the watch may close the channel only while it runs. */
    private boolean waiting = true;
    /** What the watch made at the deadline, before it closed the channel. */
    private RuntimeException gaveUp;

    private LockQueue(FileChannel channel, long ticket, long head, FileLock ticketLock) {
        this.channel = channel;
        this.ticket = ticket;
        this.ticketLock = ticketLock;
        this.scan = new QueueScan(ticket, head, this::live);
    }

    /**
     * Takes the next ticket of the queue file open on {@code channel} (readable and writable),
     * or returns null when another process held the queue's entry past {@code deadline}
     * (System.nanoTime). The entry is held for microseconds, so this waits only for a stopped process.
     */
    static LockQueue join(FileChannel channel, long deadline) throws IOException, InterruptedException {
        FileLock entry;
        while ((entry = tryLock(channel, 0, COUNTERS)) == null) {
            if (System.nanoTime() - deadline >= 0) {
                return null;
            }
            Thread.sleep(ENTRY_PAUSE_MILLIS);
        }
        try {
            long[] counters = readCounters(channel);
            long next = counters[0];
            long head = counters[1];
            if (!valid(next, head)) {
                next = 0;
                head = 0;
                writeLong(channel, 8, head);
            } else if (next - head > SPAN) {
                head = next - SPAN; // a scan stays short however many waiters gave up unserved
                writeLong(channel, 8, head);
            }
            // the ticket is locked before the entry is let go: whoever reads the new count finds it live;
            // one held already (only after a count started again) is skipped
            FileLock ticketLock;
            while ((ticketLock = tryLock(channel, TICKETS + next, 1)) == null) {
                next++;
            }
            writeLong(channel, 0, next + 1);
            return new LockQueue(channel, next, head, ticketLock);
        } finally {
            entry.release();
        }
    }

    /** Whether the two counters are what a queue file holds: a head no later than the next ticket, both in range. */
    static boolean valid(long next, long head) {
        return next >= 0 && next <= LAST_TICKET && head >= 0 && head <= next;
    }

    long ticket() {
        return ticket;
    }

    /** The nearest ticket ahead that is still live, or -1 when it is this writer's turn. */
    long nearestAhead() {
        return scan.nearestAhead();
    }

    /**
     * Waits until no ticket before this one is live, blocked in the kernel on the lock of the
     * nearest live one rather than polling it: the kernel wakes this writer as soon as the one ahead
     * lets go or dies. The wait stays bounded: at {@code deadline} (System.nanoTime) a watch thread
     * makes {@code busy}'s exception, while the queue can still be read, then closes the channel,
     * which ends the blocked wait (and gives the ticket up); that exception is thrown here. At
     * {@code tellAt} the watch thread runs {@code tell} (the waiting notice), once.
     */
    void awaitTurn(long deadline, long tellAt, Runnable tell, Supplier<? extends RuntimeException> busy)
            throws InterruptedException {
        if (nearestAhead() < 0) {
            return;
        }
        if (System.nanoTime() - deadline >= 0) {
            throw busy.get();
        }
        ScheduledFuture<?> told = Watch.THREAD.schedule(tell, Math.max(0, tellAt - System.nanoTime()), TimeUnit.NANOSECONDS);
        ScheduledFuture<?> closer = Watch.THREAD.schedule(() -> closeAtDeadline(busy), deadline - System.nanoTime(),
                TimeUnit.NANOSECONDS);
        try {
            for (long ahead = nearestAhead(); ahead >= 0; ahead = nearestAhead()) {
                try {
                    channel.lock(TICKETS + ahead, 1, false).release();
                } catch (ClosedChannelException e) {
                    break; // closed by the watch at the deadline, or by an interrupt (seen below)
                } catch (IOException | OverlappingFileLockException e) {
                    // the kernel would not wait (its deadlock detection), or the notice's count was probing
                    // that very ticket from the watch thread: probed again
                    Thread.sleep(POLL_MILLIS);
                }
            }
        } finally {
            told.cancel(false);
            synchronized (this) {
                waiting = false;
            }
            closer.cancel(false);
        }
        synchronized (this) {
            if (gaveUp != null) {
                throw gaveUp;
            }
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    private synchronized void closeAtDeadline(Supplier<? extends RuntimeException> busy) {
        if (waiting) {
            gaveUp = busy.get();
            try {
                channel.close();
            } catch (IOException e) {
                // closed all the same, as far as the wait is concerned
            }
        }
    }

    long liveAhead() {
        return scan.liveAhead();
    }

    /**
     * Records that this writer got the state's lock: later waiters need look no further back than
     * its ticket. Only a shortcut: if it cannot be written, they look further back, and the write goes on.
     */
    void served() {
        try {
            writeLong(channel, 8, ticket);
        } catch (IOException e) {
            // the head stays where it was: correct, only longer to scan
        }
    }

    /** Gives the ticket up: the next waiter's turn. */
    @Override
    public void close() throws IOException {
        try {
            ticketLock.release();
        } finally {
            channel.close();
        }
    }

    /** Live: another process holds the ticket's lock (this JVM holds none but its own, see StateLock). */
    private boolean live(long other) {
        try {
            FileLock probe = tryLock(channel, TICKETS + other, 1);
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (IOException e) {
            return true; // cannot tell: wait, bounded by the deadline, rather than pass a writer
        }
    }

    private static FileLock tryLock(FileChannel channel, long position, long size) throws IOException {
        try {
            return channel.tryLock(position, size, false);
        } catch (OverlappingFileLockException e) {
            return null; // held by this JVM: by the rules of StateLock, not reached
        }
    }

    /** The next ticket and the head; zeros for bytes the file does not have (new, or cut short). */
    static long[] readCounters(FileChannel channel) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate((int) COUNTERS);
        while (bytes.hasRemaining() && channel.read(bytes, bytes.position()) > 0) {
            // a file of 16 bytes is read in one go; the loop is for the rule, not the case
        }
        while (bytes.hasRemaining()) {
            bytes.put((byte) 0);
        }
        bytes.flip();
        return new long[] {bytes.getLong(), bytes.getLong()};
    }

    /** One write of 8 bytes: a process killed around it leaves the old number or the new one. */
    private static void writeLong(FileChannel channel, long position, long value) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(8).putLong(value).flip();
        while (bytes.hasRemaining()) {
            channel.write(bytes, position + bytes.position());
        }
    }
}
