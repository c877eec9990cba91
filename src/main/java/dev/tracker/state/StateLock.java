package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a dedicated file beside the state file ({@code state.json.lock}).
 * The state file itself is never locked: it is replaced by rename, which a lock on it
 * would not survive. The lock file is opened here and nowhere else, because closing any
 * other channel on it would silently release the lock. Writers within one JVM (the shell)
 * first queue on an in-process lock, since a second file lock from the same JVM throws.
 */
final class StateLock implements AutoCloseable {
    private static final long WAIT_MILLIS = 5_000;
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock inProcess;
    private final FileChannel channel;
    private final FileLock lock;

    private StateLock(ReentrantLock inProcess, FileChannel channel, FileLock lock) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.lock = lock;
    }

    static StateLock acquire(Path stateFile) throws IOException {
        Path lockFile = stateFile.toAbsolutePath().normalize().resolveSibling(stateFile.getFileName() + ".lock");
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        try {
            if (!inProcess.tryLock(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                throw busy(stateFile, lockFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrackerException(ExitCode.BUSY, "interrupted while waiting for the lock on " + stateFile);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            for (long pause = 5; ; pause = Math.min(pause * 2, 100)) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new StateLock(inProcess, channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw busy(stateFile, lockFile);
                }
                Thread.sleep(pause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel);
            inProcess.unlock();
            throw new TrackerException(ExitCode.BUSY, "interrupted while waiting for the lock on " + stateFile);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            inProcess.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                inProcess.unlock();
            }
        }
    }

    private static TrackerException busy(Path stateFile, Path lockFile) {
        return new TrackerException(ExitCode.BUSY, "another tracker is writing " + stateFile
                + " (lock " + lockFile + " held for " + WAIT_MILLIS / 1000 + " s); try again");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // already failing; the first error is the one worth reporting
            }
        }
    }
}
