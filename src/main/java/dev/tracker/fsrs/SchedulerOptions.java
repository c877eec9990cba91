package dev.tracker.fsrs;

/**
 * The user's choices for scheduling.
 *
 * @param desiredRetention    the recall probability to aim for at each review, strictly between 0
 *                            and 1: higher gives shorter intervals and more reviews
 * @param maximumIntervalDays the longest interval the memory model will propose, at least 1 (the
 *                            rule hard &lt; good &lt; easy can still push one past it by up to 3 days,
 *                            as ts-fsrs does)
 */
public record SchedulerOptions(double desiredRetention, int maximumIntervalDays) {

    /** FSRS's defaults: 90% retention, intervals of at most 100 years. */
    public static final SchedulerOptions DEFAULT = new SchedulerOptions(0.9, 36500);

    public SchedulerOptions {
        // 1.0 would ask for intervals of 0 days, 0 for infinite ones; NaN fails both tests
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException(
                    "desired retention must be between 0 and 1 (exclusive), not " + desiredRetention);
        }
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("maximum interval must be at least 1 day, not " + maximumIntervalDays);
        }
    }

    public SchedulerOptions withDesiredRetention(double retention) {
        return new SchedulerOptions(retention, maximumIntervalDays);
    }

    public SchedulerOptions withMaximumIntervalDays(int days) {
        return new SchedulerOptions(desiredRetention, days);
    }
}
