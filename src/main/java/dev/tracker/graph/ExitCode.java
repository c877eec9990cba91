package dev.tracker.graph;

/**
 * The exit codes of every command, in one place. Beyond 0, 1 and 2 they follow sysexits.h,
 * so scripts can tell bad data from a missing file from a busy state file.
 */
public final class ExitCode {
    public static final int OK = 0;
    /** The command could not do what was asked: e.g. no skill matches the query. */
    public static final int FAILURE = 1;
    /** The command line is wrong, or a query matches several skills. */
    public static final int USAGE = 2;
    /** A roadmap or the state file holds data the tracker cannot read (not text, invalid JSON). */
    public static final int DATA_ERROR = 65;
    /** A roadmaps folder or file does not exist, or holds no roadmap. */
    public static final int NO_INPUT = 66;
    /** The state file or its folder cannot be created. */
    public static final int CANNOT_CREATE = 73;
    /** Reading or writing failed (permissions, disk full). */
    public static final int IO_ERROR = 74;
    /** The JVM's heap could not hold the work (a huge state file on a small heap); nothing was written. */
    public static final int OUT_OF_MEMORY = 71;
    /** Another tracker holds the state file's lock; try again. */
    public static final int BUSY = 75;

    private ExitCode() {
    }
}
