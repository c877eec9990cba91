package dev.tracker.report;

/**
 * How recall is going: of the recalls graded in the last 30 days (reviews made with `review`,
 * not the first one a `check` records), how many were not forgotten (`again`); and how many
 * reviews fall due by the end of this week (Sunday), those due now included.
 *
 * @param recalls    recalls graded in the last 30 days
 * @param remembered those of them graded hard, good or easy
 * @param dueNow     reviews due now
 * @param dueThisWeek reviews due now or before next Monday
 */
public record ReviewPulse(int recalls, int remembered, int dueNow, int dueThisWeek) {
    static final int RETENTION_DAYS = 30;

    /** The share remembered, 0 to 1; null when there was no recall to judge by. */
    public Double retention() {
        return recalls == 0 ? null : (double) remembered / recalls;
    }
}
