package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a waiting writer says: once, after {@link LockWait#NOTICE_AFTER}, that it waits, for which
 * process and behind how many writers; when it gives up, the same. The process is the lock's
 * holder, else (between two writers) the one whose turn is next, found in Linux's
 * {@code /proc/locks} by the file's device and inode (it may be any program, an older tracker
 * too); elsewhere it is "another process". What the notice needs is looked up only when it is
 * said, not at every poll.
 */
final class LockNotice {
    private final Path stateFile;
    private final Path lockFile;
    private final Path queueFile;
    private final LockWait wait;
    private final long start;
    private boolean told;

    LockNotice(Path stateFile, Path lockFile, Path queueFile, LockWait wait, long start) {
        this.stateFile = stateFile;
        this.lockFile = lockFile;
        this.queueFile = queueFile;
        this.wait = wait;
        this.start = start;
    }

    /** Says, the first time a wait passes a second, that this writer waits. {@code queue} null: a thread of this JVM holds the lock. */
    synchronized void tell(LockQueue queue) {
        if (told || System.nanoTime() - start < LockWait.NOTICE_AFTER.toNanos()) {
            return;
        }
        told = true;
        long ahead = queue == null ? 0 : queue.liveAhead();
        wait.notice().accept("waiting for " + whom(queue) + " to finish writing " + stateFile + " ("
                + (ahead > 0 ? writers(ahead) + " ahead in the queue; " : "") + "up to " + wait.seconds()
                + "; $TRACKER_LOCK_TIMEOUT sets how long)");
    }

    /** The wait is over: which process held the lock, and how many writers were still ahead. */
    TrackerException busy(LockQueue queue) {
        long ahead = queue == null ? 0 : queue.liveAhead();
        String what = ahead > 1
                ? "after " + wait.seconds() + " " + writers(ahead) + " were still ahead of this one in the queue " + queueFile
                        + " (" + whom(queue) + " holds the lock " + lockFile + ")"
                : whom(queue) + " held its lock " + lockFile + " for " + wait.seconds();
        return new TrackerException(ExitCode.BUSY, "another tracker is writing " + stateFile + ": " + what
                + "; nothing was changed: try again, or wait longer with $TRACKER_LOCK_TIMEOUT=SECONDS");
    }

    /** The queue's counters stayed locked for the whole wait (a stopped process, not a writer). */
    TrackerException busyEntering() {
        return new TrackerException(ExitCode.BUSY, "another tracker is writing " + stateFile + ": "
                + processName(holderPid(queueFile, 0)) + " kept the queue " + queueFile + " locked for "
                + wait.seconds() + "; nothing was changed: try again, or wait longer with $TRACKER_LOCK_TIMEOUT=SECONDS");
    }

    private static String writers(long count) {
        return count + (count == 1 ? " writer" : " writers");
    }

    /** The lock's holder; when none (one writer gone, the next not yet in), the writer whose turn it is. */
    private String whom(LockQueue queue) {
        if (queue == null) {
            return "another command of this tracker";
        }
        long pid = holderPid(lockFile, -1);
        long next = queue.nearestAhead();
        if (pid <= 0 && next >= 0) {
            pid = holderPid(queueFile, LockQueue.TICKETS + next);
        }
        return processName(pid);
    }

    private static String processName(long pid) {
        if (pid <= 0) {
            return "another process";
        }
        String command = ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).orElse("");
        command = QuotedText.oneLine(command, 80);
        return "process " + pid + (command.isEmpty() ? "" : " (" + command + ")");
    }

    /**
     * The pid of the process holding a POSIX lock on {@code file} that starts at byte {@code position}
     * (-1: any), from /proc/locks; 0 when it cannot be told.
     */
    static long holderPid(Path file, long position) {
        try {
            long dev = ((Number) Files.getAttribute(file, "unix:dev")).longValue();
            long ino = ((Number) Files.getAttribute(file, "unix:ino")).longValue();
            // the kernel's new_encode_dev: 12 bits of major, 20 of minor, interleaved
            String key = String.format("%02x:%02x:%d", (dev >>> 8) & 0xfff, (dev & 0xff) | ((dev >>> 12) & 0xfff00), ino);
            List<String> lines = Files.readAllLines(Path.of("/proc/locks"));
            for (String line : lines) {
                String[] fields = line.trim().split("\\s+");
                // "1: POSIX  ADVISORY  WRITE 1234 00:2f:123456 0 EOF"; waiters' lines have "->" second
                if (fields.length >= 8 && !fields[1].equals("->") && fields[5].equals(key)
                        && (position < 0 || fields[6].equals(Long.toString(position)))) {
                    return Long.parseLong(fields[4]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc (not Linux), or a line of another form: the holder stays unnamed
        }
        return 0;
    }
}
