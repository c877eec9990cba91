package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a dedicated file beside the state file ({@code state.json.lock}), taken
 * in turn: writers wait in the queue beside it ({@link LockQueue}, {@code state.json.queue})
 * and get the lock in the order they asked for it. The state file itself is never locked: it is
 * replaced by rename, which a lock on it would not survive. Writers within one JVM (the shell)
 * first queue, fairly too, on an in-process lock, since a second file lock from the same JVM
 * throws OverlappingFileLockException and closing a second channel on a file drops the JVM's
 * locks on it. That lock is keyed by the folder's identity (device and inode), not its path,
 * so that every path to the same file (a symlink, a bind mount) queues on it. The exception,
 * should it come all the same, means "held": wait. A program that locks the lock file without
 * the queue (an older tracker) is waited for by the writer at the queue's head.
 */
final class StateLock implements AutoCloseable {
    private static final Map<Object, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    /** Polls of the lock by the writer whose turn it is (held only by a program outside the queue, or for a moment). */
    private static final long FIRST_PAUSE_MILLIS = 1;
    private static final long LONGEST_PAUSE_MILLIS = 8;

    private final ReentrantLock inProcess;
    private final FileChannel channel;
    private final FileLock lock;
    private final LockQueue queue;

    private StateLock(ReentrantLock inProcess, FileChannel channel, FileLock lock, LockQueue queue) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.lock = lock;
        this.queue = queue;
    }

    /** Waits the default time for the lock; the state file's folder must exist. */
    static StateLock acquire(Path stateFile) throws IOException {
        return acquire(stateFile, LockWait.DEFAULT, null);
    }

    static Path lockFileOf(Path stateFile) {
        return LockFiles.lockFileOf(stateFile);
    }

    /**
     * Waits its turn, up to {@code wait}'s timeout, for the lock, saying after a second that it
     * waits and for which process. Files made for another user's state file (root writing it) are
     * given to {@code owner}, so that its owner can still take the lock.
     */
    static StateLock acquire(Path stateFile, LockWait wait, FileOwner owner) throws IOException {
        Path lockFile = LockFiles.lockFileOf(stateFile);
        Path queueFile = LockFiles.queueFileOf(stateFile);
        long start = System.nanoTime();
        long deadline = start + wait.timeout().toNanos();
        LockNotice notice = new LockNotice(stateFile, lockFile, queueFile, wait, start);
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(identity(lockFile), k -> new ReentrantLock(true));
        try {
            while (!inProcess.tryLock(Math.min(deadline - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(100)),
                    TimeUnit.NANOSECONDS)) {
                if (System.nanoTime() - deadline >= 0) {
                    throw notice.busy(null);
                }
                notice.tell(null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(stateFile);
        }
        FileChannel channel = null;
        FileChannel queueChannel = null;
        try {
            channel = LockFiles.open(lockFile, owner, false);
            queueChannel = LockFiles.open(queueFile, owner, true);
            LockQueue queue = LockQueue.join(queueChannel, deadline);
            if (queue == null) {
                throw notice.busyEntering();
            }
            awaitTurn(queue, notice, start, deadline);
            FileLock lock = awaitLock(channel, queue, notice, deadline);
            queue.served();
            return new StateLock(inProcess, channel, lock, queue);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            giveUp(channel, queueChannel, inProcess);
            throw interrupted(stateFile);
        } catch (IOException | RuntimeException e) {
            giveUp(channel, queueChannel, inProcess);
            throw e;
        }
    }

    /** Until no writer that asked before this one is still waiting or writing; busy (exit 75) at the deadline. */
    private static void awaitTurn(LockQueue queue, LockNotice notice, long start, long deadline) throws InterruptedException {
        if (queue.nearestAhead() < 0) {
            return; // the usual case: no one ahead, and no wait to watch
        }
        queue.awaitTurn(deadline, start + LockWait.NOTICE_AFTER.toNanos(), () -> notice.tell(queue), () -> notice.busy(queue));
    }

    /** This writer's turn: the lock, free by now unless a program outside the queue holds it. */
    private static FileLock awaitLock(FileChannel channel, LockQueue queue, LockNotice notice, long deadline)
            throws IOException, InterruptedException {
        for (long pause = FIRST_PAUSE_MILLIS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS)) {
            FileLock lock = tryLock(channel);
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw notice.busy(queue);
            }
            notice.tell(queue);
            Thread.sleep(pause);
        }
    }

    /** The folder's device and inode with the file's name; found by stat, since opening the file could release a lock. */
    private static Object identity(Path lockFile) throws IOException {
        Object folderKey = Files.readAttributes(lockFile.getParent(), BasicFileAttributes.class).fileKey();
        return folderKey == null ? lockFile.getParent().toRealPath().resolve(lockFile.getFileName())
                : List.of(folderKey, lockFile.getFileName().toString());
    }

    /** Null while another process, or this JVM through another path to the same file, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Lets go of the lock first, then of the ticket: the next writer finds the lock free as its turn comes. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                try {
                    queue.close();
                } finally {
                    inProcess.unlock();
                }
            }
        }
    }

    private static TrackerException interrupted(Path stateFile) {
        return new TrackerException(ExitCode.BUSY, "interrupted while waiting for the lock on " + stateFile);
    }

    /** After a failure: closes what was opened (the ticket with its channel) and lets the next thread in. */
    private static void giveUp(FileChannel channel, FileChannel queueChannel, ReentrantLock inProcess) {
        try {
            closeQuietly(channel);
            closeQuietly(queueChannel); // drops the ticket's lock too
        } finally {
            inProcess.unlock();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                // already failing; the first error is the one worth reporting
            }
        }
    }
}
