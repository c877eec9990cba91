package dev.tracker.roadmap;

import java.time.Duration;
import java.util.Locale;

/**
 * How far the parser goes before it refuses a file. Each limit is far beyond any study plan
 * seen (the largest roadmap we know is 137 KB, nested 5 deep) and far below what makes
 * Flexmark 0.64.8 overflow its stack or run for minutes (cmark's pathological inputs).
 */
public final class ParseLimits {
    /**
     * Larger files are skipped unread. 7 times the largest roadmap known; a megabyte of the
     * densest plain roadmap (a skill every 37 bytes) parses in about 2.5 s on a cold JVM.
     */
    public static final long MAX_FILE_BYTES = 1L << 20;
    /** Lists and block quotes inside each other; Flexmark recurses once per level. */
    static final int MAX_NESTING = 100;
    /** Lines of one paragraph or table; Flexmark's cost grows with their square (10,000 take about 0.5 s). */
    static final int MAX_PARAGRAPH_LINES = 10_000;
    /**
     * A file still parsing after this much CPU time is skipped, so that no file can hang a
     * command; on a busy machine, after 3 times as long on the clock.
     */
    static final Duration PARSE_DEADLINE = Duration.ofSeconds(5);
    /**
     * Reading and parsing all the roadmaps of one command, together, on the clock: with the rest of
     * the command, whatever the folder holds, the user has an answer within 10 s.
     */
    static final Duration LOAD_BUDGET = Duration.ofSeconds(8);
    /**
     * The parse thread's stack. Flexmark nests an emphasis node for every two "*" of a run and
     * recurses through them: cmark's run of 20,000 needs 16 MB; this holds the longest run a
     * file within the size limit can have (reserved address space, used only when needed).
     */
    static final long PARSE_STACK_BYTES = 256L << 20;

    private ParseLimits() {
    }

    /** "4 s", "250 ms": durations in a warning. */
    static String duration(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** "2 MB", "1.4 MB", "512 KB": sizes in a warning. */
    static String size(long bytes) {
        if (bytes < 1L << 20) {
            return (bytes + 1023) / 1024 + " KB";
        }
        double megabytes = bytes / (double) (1L << 20);
        return megabytes == Math.floor(megabytes) ? (long) megabytes + " MB" : String.format(Locale.ROOT, "%.1f MB", megabytes);
    }
}
