package dev.tracker.fsrs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * FSRS-6 spaced repetition in whole days, as ts-fsrs 5.4.2 schedules with
 * {@code enable_short_term: false} and {@code enable_fuzz: false}: no same-day learning steps,
 * no random spread of intervals. Immutable and thread-safe; build one per set of options.
 *
 * <p>Every review, whatever its grade, leaves the card in {@link CardState#REVIEW}, due a whole
 * number of days (at least 1) after the review, at the same time of day.
 */
public final class Scheduler {
    private final SchedulerOptions options;
    private final MemoryModel model;

    /** With the default options: 90% retention, intervals of at most 36500 days. */
    public Scheduler() {
        this(SchedulerOptions.DEFAULT);
    }

    public Scheduler(SchedulerOptions options) {
        this(options, MemoryModel.FSRS6_DEFAULT_WEIGHTS);
    }

    /** Other weights than the defaults: for tests that break one on purpose. */
    Scheduler(SchedulerOptions options, double[] weights) {
        this.options = Objects.requireNonNull(options, "options");
        this.model = new MemoryModel(weights, options.desiredRetention());
    }

    public SchedulerOptions options() {
        return options;
    }

    /**
     * The card after a review graded {@code grade} at {@code at}.
     *
     * @throws IllegalArgumentException when {@code at} falls on an earlier UTC day than the last
     *                                  review (ts-fsrs refuses a negative elapsed time too)
     */
    public Card next(Card card, Grade grade, Instant at) {
        Objects.requireNonNull(grade, "grade");
        double[] stabilities = stabilitiesByGrade(card, at);
        long days = intervalsByGrade(stabilities)[grade.ordinal()];
        boolean isNew = card.state() == CardState.NEW;
        double difficulty = isNew ? model.initialDifficulty(grade) : model.nextDifficulty(card.difficulty(), grade);
        // a failed first review is not a lapse: nothing was learned yet to lapse from
        int lapses = card.lapses() + (grade == Grade.AGAIN && !isNew ? 1 : 0);
        return new Card(at.plus(days, ChronoUnit.DAYS), stabilities[grade.ordinal()], difficulty,
                card.reps() + 1, lapses, CardState.REVIEW, at);
    }

    /** The card after each of the four grades, for showing "again 1d · good 3d" before answering. */
    public Map<Grade, Card> preview(Card card, Instant at) {
        Map<Grade, Card> outcomes = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            outcomes.put(grade, next(card, grade, at));
        }
        return outcomes;
    }

    /**
     * Probability of recalling the card at {@code at}, as ts-fsrs's {@code get_retrievability}:
     * 0 for a new card; elapsed time counted in whole 24-hour periods (not UTC calendar days as
     * in scheduling), so it is 1 until a full day has passed.
     */
    public double retrievability(Card card, Instant at) {
        if (card.state() == CardState.NEW) {
            return 0;
        }
        return retrievability(ElapsedDays.whole24HourPeriods(card.lastReview(), at), card.stability());
    }

    /** R(t, S) = (1 + factor t / S) ^ -w20, rounded to 8 decimals: 0.9 when t = S. */
    public double retrievability(double elapsedDays, double stability) {
        if (!(elapsedDays >= 0) || !(stability > 0)) {
            throw new IllegalArgumentException("need elapsed days >= 0 and stability > 0");
        }
        return model.retrievability(elapsedDays, stability);
    }

    /** The stability each grade would give, indexed by {@link Grade#ordinal()}. */
    private double[] stabilitiesByGrade(Card card, Instant at) {
        double[] stabilities = new double[4];
        if (card.state() == CardState.NEW) {
            for (Grade grade : Grade.values()) {
                stabilities[grade.ordinal()] = model.initialStability(grade);
            }
            return stabilities;
        }
        long elapsed = ElapsedDays.utcCalendarDays(card.lastReview(), at);
        if (elapsed < 0) {
            throw new IllegalArgumentException("review at " + at + " is before the last one, " + card.lastReview());
        }
        double s = card.stability();
        double d = card.difficulty();
        // on the day of the last review R = 1: a success leaves S as it was, a lapse may lower it
        double r = model.retrievability(elapsed, s);
        stabilities[0] = model.lapseStability(d, s, r);
        for (Grade grade : new Grade[] {Grade.HARD, Grade.GOOD, Grade.EASY}) {
            stabilities[grade.ordinal()] = model.recallStability(d, s, r, grade);
        }
        return stabilities;
    }

    /**
     * Intervals in days, forced to again < hard < good < easy as ts-fsrs's LongTermScheduler
     * does (again first lowered to hard's, then each raised to one more than the one before). The forcing comes after the maximum interval is applied, so near the cap hard, good
     * and easy can exceed it by 1, 2 and 3 days.
     */
    private long[] intervalsByGrade(double[] stabilities) {
        long[] days = new long[4];
        for (int i = 0; i < 4; i++) {
            days[i] = model.interval(stabilities[i], options.maximumIntervalDays());
        }
        days[0] = Math.min(days[0], days[1]);
        for (int i = 1; i < 4; i++) {
            days[i] = Math.max(days[i], days[i - 1] + 1);
        }
        return days;
    }
}
