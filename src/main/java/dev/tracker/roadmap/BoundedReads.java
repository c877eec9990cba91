package dev.tracker.roadmap;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the roadmap files on a thread of their own, each under a deadline, so that no file can
 * hang a command: "regular" is not enough ({@code /proc/kmsg} is a regular file whose read
 * waits for the kernel, and a file on a stalled network mount never answers). A file still being
 * read after {@link #READ_WAIT} (or when the command's budget runs out) is skipped; its thread,
 * a daemon, is left to it, and the next files are read on a fresh one.
 */
final class BoundedReads {
    /** A megabyte reads in milliseconds from any disk; a file slower than this is not a roadmap file. */
    static final Duration READ_WAIT = Duration.ofSeconds(2);

    /** One file's bytes, or why there are none (one of the two is null). */
    record Read(RoadmapFileReader.FileBytes bytes, Exception failure) {
    }

    /** How one file is read: {@link RoadmapFileReader#read}, or a stand-in in tests. */
    interface FileRead {
        RoadmapFileReader.FileBytes read(Path file) throws IOException;
    }

    private BoundedReads() {
    }

    static List<Read> read(List<Path> files, LoadBudget budget) {
        return read(files, budget, READ_WAIT, file -> RoadmapFileReader.read(file, ParseLimits.MAX_FILE_BYTES));
    }

    static List<Read> read(List<Path> files, LoadBudget budget, Duration wait, FileRead fileRead) {
        List<Read> reads = new ArrayList<>(files.size());
        LinkedBlockingQueue<Read> results = null;
        for (int i = 0; i < files.size(); i++) {
            if (results == null) {
                results = start(files.subList(i, files.size()), fileRead);
            }
            Read read;
            try {
                read = results.poll(Math.min(wait.toNanos(), budget.remainingNanos()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                read = null;
            }
            if (read == null) { // the reader is stuck on this file: leave it there, go on with a new one
                results = null;
                read = new Read(null, budget.expired() ? budget.refusal() : new IOException("still being read after "
                        + ParseLimits.duration(wait) + " (a device, or a special file that waits for input)"));
            }
            reads.add(read);
        }
        return reads;
    }

    private static LinkedBlockingQueue<Read> start(List<Path> files, FileRead fileRead) {
        LinkedBlockingQueue<Read> results = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            for (Path file : files) {
                try {
                    results.add(new Read(fileRead.read(file), null));
                } catch (IOException | RoadmapRefused e) {
                    results.add(new Read(null, e));
                } catch (RuntimeException e) { // whatever else the file system throws is a file that cannot be read
                    results.add(new Read(null, new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e)));
                }
            }
        }, "tracker-roadmap-reader");
        reader.setDaemon(true); // a read that never returns must not keep the process alive
        reader.start();
        return results;
    }
}
