package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How long a writer waits for another to finish, and where it says that it waits. Writes take
 * milliseconds to a second, so a queue of twenty or fifty writers needs seconds: 30 s by default,
 * {@code $TRACKER_LOCK_TIMEOUT} seconds when set (0: do not wait). After {@link #NOTICE_AFTER} a
 * waiting writer says so, once, and names the process it waits for.
 *
 * @param timeout how long to wait at most
 * @param notice  where the "waiting for …" line goes (stderr), or a sink that drops it
 */
public record LockWait(Duration timeout, Consumer<String> notice) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    static final Duration NOTICE_AFTER = Duration.ofSeconds(1);
    public static final LockWait DEFAULT = new LockWait(DEFAULT_TIMEOUT, line -> { });
    /** An hour: a longer wait is a hang by another name. */
    private static final double MAX_SECONDS = 3600;

    /** The wait $TRACKER_LOCK_TIMEOUT asks for (seconds, a fraction allowed), telling {@code notice} when it waits. */
    public static LockWait from(Map<String, String> env, Consumer<String> notice) {
        String given = env.getOrDefault("TRACKER_LOCK_TIMEOUT", "").strip();
        if (given.isEmpty()) {
            return new LockWait(DEFAULT_TIMEOUT, notice);
        }
        try {
            double seconds = Double.parseDouble(given);
            if (seconds >= 0 && seconds <= MAX_SECONDS) {
                return new LockWait(Duration.ofMillis(Math.round(seconds * 1000)), notice);
            }
        } catch (NumberFormatException e) {
            // the one line below
        }
        throw new TrackerException(ExitCode.USAGE, "$TRACKER_LOCK_TIMEOUT must be a number of seconds from 0 to 3600 "
                + "(such as 30), not '" + given + "'");
    }

    /** The timeout in words: "30 s", "0.5 s". */
    String seconds() {
        long millis = timeout.toMillis();
        return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0)) + " s";
    }
}
