package dev.tracker.roadmap;

import java.time.Duration;

/**
 * The time, on the clock, that reading and parsing all the roadmaps of one command may take
 * together: the user waits for the whole command, not for one file, so twenty costly files must
 * not each take their own deadline. What is still being read or parsed when it runs out is
 * skipped with a warning and tried again by the next command (a refusal of its own, such as a
 * file's deadline, is kept in the roadmap cache instead, see {@link RoadmapCache}).
 */
final class LoadBudget {
    /** No budget: for a single parse outside the loader. */
    static final LoadBudget UNBOUNDED = new LoadBudget(Duration.ofDays(365));

    private final Duration total;
    private final long end;

    private LoadBudget(Duration total) {
        this.total = total;
        this.end = System.nanoTime() + total.toNanos();
    }

    /** A budget of {@code total} from now. */
    static LoadBudget of(Duration total) {
        return new LoadBudget(total);
    }

    long remainingNanos() {
        return Math.max(0, end - System.nanoTime());
    }

    boolean expired() {
        return remainingNanos() == 0;
    }

    /** Why a file the budget cut short was skipped. */
    RoadmapRefused refusal() {
        return RoadmapRefused.passing("not read in time: the " + ParseLimits.duration(total)
                + " all roadmaps of a command may take together ran out (it is tried again next time)");
    }
}
