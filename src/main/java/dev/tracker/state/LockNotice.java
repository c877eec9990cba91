package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a waiting writer says: once, after {@link LockWait#NOTICE_AFTER}, that it waits and for
 * which process; when it gives up, which process held the lock for how long. The holder is found
 * in Linux's {@code /proc/locks} by the lock file's device and inode (it may be any program, an
 * older tracker too); elsewhere it is "another process".
 */
final class LockNotice {
    private final Path stateFile;
    private final Path lockFile;
    private final LockWait wait;
    private final long start;
    private boolean told;

    LockNotice(Path stateFile, Path lockFile, LockWait wait, long start) {
        this.stateFile = stateFile;
        this.lockFile = lockFile;
        this.wait = wait;
        this.start = start;
    }

    /** Says, the first time a wait passes a second, that this writer waits. {@code lockFile} null: a thread of this JVM holds it. */
    void tell(Path heldFile) {
        if (told || System.nanoTime() - start < LockWait.NOTICE_AFTER.toNanos()) {
            return;
        }
        told = true;
        wait.notice().accept("waiting for " + holder(heldFile) + " to finish writing " + stateFile + " (up to "
                + wait.seconds() + "; $TRACKER_LOCK_TIMEOUT sets how long)");
    }

    TrackerException busy(Path heldFile) {
        return new TrackerException(ExitCode.BUSY, "another tracker is writing " + stateFile + ": " + holder(heldFile)
                + " held its lock " + lockFile + " for " + wait.seconds() + "; nothing was changed: try again, "
                + "or wait longer with $TRACKER_LOCK_TIMEOUT=SECONDS");
    }

    private String holder(Path heldFile) {
        if (heldFile == null) {
            return "another command of this tracker";
        }
        long pid = holderPid(heldFile);
        if (pid <= 0) {
            return "another process";
        }
        String command = ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).orElse("");
        command = QuotedText.oneLine(command, 80);
        return "process " + pid + (command.isEmpty() ? "" : " (" + command + ")");
    }

    /** The pid of the process holding a POSIX lock on {@code file}, from /proc/locks; 0 when it cannot be told. */
    static long holderPid(Path file) {
        try {
            long dev = ((Number) Files.getAttribute(file, "unix:dev")).longValue();
            long ino = ((Number) Files.getAttribute(file, "unix:ino")).longValue();
            // the kernel's new_encode_dev: 12 bits of major, 20 of minor, interleaved
            String key = String.format("%02x:%02x:%d", (dev >>> 8) & 0xfff, (dev & 0xff) | ((dev >>> 12) & 0xfff00), ino);
            List<String> lines = Files.readAllLines(Path.of("/proc/locks"));
            for (String line : lines) {
                String[] fields = line.trim().split("\\s+");
                // "1: POSIX  ADVISORY  WRITE 1234 00:2f:123456 0 EOF"; waiters' lines have "->" second
                if (fields.length >= 6 && !fields[1].equals("->") && fields[5].equals(key)) {
                    return Long.parseLong(fields[4]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc (not Linux), or a line of another form: the holder stays unnamed
        }
        return 0;
    }
}
