package dev.tracker.fsrs;

/**
 * The FSRS-6 formulas: how stability (S) and difficulty (D) change with each grade, and how
 * recall fades. Pure and immutable.
 *
 * <p>Matching ts-fsrs to the last bit needs three things: the same rounding (ts-fsrs rounds
 * nearly every intermediate result to 8 decimals, and that rounding changes later results), the
 * same order of floating-point operations, and {@link StrictMath} (fdlibm, which V8's
 * {@code Math.exp/log/pow} are ports of) rather than {@link Math}, whose intrinsics may differ
 * by an ulp.
 *
 * <p>Same-day learning steps are off, so w17 to w19 (the short-term stability of FSRS-6) never
 * take part: ts-fsrs uses them only with {@code enable_short_term: true}.
 */
final class MemoryModel {
    /** FSRS-6 default weights w0..w20, as ts-fsrs 5.4.2 ships them ({@code default_w}). */
    static final double[] FSRS6_DEFAULT_WEIGHTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    };
    static final double MIN_STABILITY = 0.001;
    static final double MAX_STABILITY = 36500;
    /** A first review never sets stability below this, whatever w0..w3 say. */
    private static final double MIN_INITIAL_STABILITY = 0.1;

    private final double[] w;
    private final double decay;
    private final double factor;
    private final double intervalModifier;

    MemoryModel(double[] weights, double desiredRetention) {
        if (weights.length != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 weights, not " + weights.length);
        }
        this.w = weights.clone();
        // the forgetting curve R(t, S) = (1 + factor * t / S) ^ decay, with decay = -w20 and
        // factor chosen so that R(S, S) = 0.9 whatever the decay
        this.decay = -w[20];
        this.factor = round8(StrictMath.exp(StrictMath.pow(decay, -1) * StrictMath.log(0.9)) - 1.0);
        // the curve solved for t at R = desired retention, per day of stability (1 at 0.9)
        this.intervalModifier = round8((StrictMath.pow(desiredRetention, 1 / decay) - 1) / factor);
    }

    /** Probability of recall after {@code elapsedDays} at stability {@code stability}. */
    double retrievability(double elapsedDays, double stability) {
        return round8(StrictMath.pow(1 + factor * elapsedDays / stability, decay));
    }

    /** Days until the next review: S scaled to the desired retention, rounded, 1 at least. */
    long interval(double stability, int maximumIntervalDays) {
        return Math.min(Math.max(1, Math.round(stability * intervalModifier)), maximumIntervalDays);
    }

    double initialStability(Grade grade) {
        return Math.max(w[grade.value() - 1], MIN_INITIAL_STABILITY);
    }

    double initialDifficulty(Grade grade) {
        return clampDifficulty(unclampedInitialDifficulty(grade));
    }

    /** D0(G) = w4 - e^(w5 (G - 1)) + 1; left unclamped where it is the mean-reversion target. */
    private double unclampedInitialDifficulty(Grade grade) {
        return round8(w[4] - StrictMath.exp((grade.value() - 1) * w[5]) + 1);
    }

    /**
     * Difficulty moves by -w6 (G - 3), damped linearly as it nears 10, then reverts by w7 toward
     * D0(EASY). With the default weights that target is negative (about -4.8): it is not clamped.
     */
    double nextDifficulty(double difficulty, Grade grade) {
        double delta = -w[6] * (grade.value() - 3);
        double damped = difficulty + round8(delta * (10 - difficulty) / 9);
        double reverted = round8(w[7] * unclampedInitialDifficulty(Grade.EASY) + (1 - w[7]) * damped);
        return clampDifficulty(reverted);
    }

    /** Stability after a successful review: grows more when S is low, D low and R was low. */
    double recallStability(double difficulty, double stability, double retrievability, Grade grade) {
        double hardPenalty = grade == Grade.HARD ? w[15] : 1;
        double easyBonus = grade == Grade.EASY ? w[16] : 1;
        double growth = StrictMath.exp(w[8]) * (11 - difficulty) * StrictMath.pow(stability, -w[9])
                * (StrictMath.exp((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus;
        return round8(clampStability(stability * (1 + growth)));
    }

    /**
     * Stability after a lapse: the post-lapse formula, but never more than the stability before
     * (without short-term steps, ts-fsrs's cap S / e^(w17 w18) is S / e^0 = S).
     */
    double lapseStability(double difficulty, double stability, double retrievability) {
        double forgotten = round8(clampStability(w[11] * StrictMath.pow(difficulty, -w[12])
                * (StrictMath.pow(stability + 1, w[13]) - 1)
                * StrictMath.exp((1 - retrievability) * w[14])));
        return Math.min(Math.max(round8(stability), MIN_STABILITY), forgotten);
    }

    private static double clampStability(double stability) {
        return Math.min(Math.max(stability, MIN_STABILITY), MAX_STABILITY);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, 1), 10);
    }

    /** ts-fsrs's {@code roundTo(x, 8)}; JavaScript and Java both round halves toward +infinity. */
    static double round8(double value) {
        return Math.round(value * 1e8) / 1e8;
    }
}
