package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a dedicated file beside the state file ({@code state.json.lock}).
 * The state file itself is never locked: it is replaced by rename, which a lock on it
 * would not survive. The lock file is opened here and nowhere else, because closing any
 * other channel on it would silently release the lock. Writers within one JVM (the shell)
 * first queue on an in-process lock, since a second file lock from the same JVM throws
 * OverlappingFileLockException. That lock is keyed by the folder's identity (device and
 * inode), not its path, so that every path to the same file (a symlink, a bind mount) queues
 * on it: a thread that opened the lock file beside another thread's lock and then closed it
 * would release that lock. The exception, should it come all the same, means "held": wait.
 * The lock file is never followed through a link, and is readable by its owner only (0600).
 */
final class StateLock implements AutoCloseable {
    private static final Map<Object, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<OpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);
    private static final Set<OpenOption> EXISTING = Set.of(StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    private static final Set<PosixFilePermission> OWNER_ONLY_BITS = PosixFilePermissions.fromString("rw-------");
    /** Readable by its owner only: another user who could open it could hold a shared lock on it. */
    private static final FileAttribute<?>[] OWNER_ONLY = POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_BITS)} : new FileAttribute<?>[0];

    private final ReentrantLock inProcess;
    private final FileChannel channel;
    private final FileLock lock;

    private StateLock(ReentrantLock inProcess, FileChannel channel, FileLock lock) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits the default time for the lock; the state file's folder must exist. */
    static StateLock acquire(Path stateFile) throws IOException {
        return acquire(stateFile, LockWait.DEFAULT, null);
    }

    static Path lockFileOf(Path stateFile) {
        return stateFile.toAbsolutePath().normalize().resolveSibling(stateFile.getFileName() + ".lock");
    }

    /**
     * Waits up to {@code wait}'s timeout for the lock, saying after a second that it waits and for
     * which process. A lock file made for another user's state file (root writing it) is given to
     * {@code owner}, so that its owner can still take it.
     */
    static StateLock acquire(Path stateFile, LockWait wait, FileOwner owner) throws IOException {
        Path lockFile = lockFileOf(stateFile);
        long start = System.nanoTime();
        long deadline = start + wait.timeout().toNanos();
        LockNotice notice = new LockNotice(stateFile, lockFile, wait, start);
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(identity(lockFile), k -> new ReentrantLock());
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
            throw new TrackerException(ExitCode.BUSY, "interrupted while waiting for the lock on " + stateFile);
        }
        FileChannel channel = null;
        try {
            channel = open(lockFile, owner);
            // short pauses: a write takes milliseconds, so a queue of waiters moves on as soon as the lock is free
            for (long pause = 2; ; pause = Math.min(pause * 2, 10)) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new StateLock(inProcess, channel, lock);
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw notice.busy(lockFile);
                }
                notice.tell(lockFile);
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

    /** The lock file, made 0600 (and the state's owner's) when new, made 0600 when it is ours and was not. */
    private static FileChannel open(Path lockFile, FileOwner owner) throws IOException {
        try {
            FileChannel created = FileChannel.open(lockFile, CREATE_NEW, OWNER_ONLY);
            if (owner != null) {
                owner.applyTo(lockFile);
            }
            return created;
        } catch (FileAlreadyExistsException e) {
            FileChannel existing = FileChannel.open(lockFile, EXISTING);
            if (POSIX && FileOwner.CURRENT_UID >= 0 && !Files.isSymbolicLink(lockFile)
                    && Integer.valueOf(FileOwner.CURRENT_UID).equals(Files.getAttribute(lockFile, "unix:uid"))
                    && !Files.getPosixFilePermissions(lockFile).equals(OWNER_ONLY_BITS)) {
                Files.setPosixFilePermissions(lockFile, OWNER_ONLY_BITS); // an older tracker's 0644 lock file
            }
            return existing;
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
