package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a dedicated file beside the state file ({@code state.json.lock}).
 * The state file itself is never locked: it is replaced by rename, which a lock on it
 * would not survive. The lock file is opened here and nowhere else, because closing any
 * other channel on it would silently release the lock.
 */
final class StateLock implements AutoCloseable {
    private static final long WAIT_MILLIS = 5_000;

    private final FileChannel channel;
    private final FileLock lock;

    private StateLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static StateLock acquire(Path stateFile) throws IOException {
        Path lockFile = stateFile.resolveSibling(stateFile.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        long pause = 5;
        try {
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new StateLock(channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw new TrackerException(ExitCode.BUSY, "another tracker is writing " + stateFile
                            + " (lock " + lockFile + " held for " + WAIT_MILLIS / 1000 + " s); try again");
                }
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new TrackerException(ExitCode.BUSY, "interrupted while waiting for the lock on " + stateFile);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
