package dev.tracker.graph;

/**
 * Something the user can act on: a missing folder, an unknown skill, a damaged state file.
 * Its message is the one line printed on stderr (after "tracker: "); it says what went
 * wrong, where, and what to do.
 */
public class TrackerException extends RuntimeException {
    private final int exitCode;

    public TrackerException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public TrackerException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
