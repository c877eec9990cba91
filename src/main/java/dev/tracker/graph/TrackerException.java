package dev.tracker.graph;

import java.util.List;

/**
 * Something the user can act on: a missing folder, an unknown skill, a damaged state file.
 * Its message is the one line printed on stderr (after "tracker: "); it says what went
 * wrong, where, and what to do.
 */
public class TrackerException extends RuntimeException {
    private final int exitCode;
    private final List<String> details;

    public TrackerException(int exitCode, String message) {
        this(exitCode, message, List.of());
    }

    /** With lines to print below the message, such as the candidates of an ambiguous query. */
    public TrackerException(int exitCode, String message, List<String> details) {
        super(message);
        this.exitCode = exitCode;
        this.details = List.copyOf(details);
    }

    public TrackerException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.details = List.of();
    }

    public int exitCode() {
        return exitCode;
    }

    public List<String> details() {
        return details;
    }
}
