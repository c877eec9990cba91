package dev.tracker.fsrs;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Replays the reference vectors through Java schedulers, each sequence from a new card and on
 * the cards the Java side computed (errors accumulate instead of being reset at every step), and
 * measures the largest differences seen.
 */
final class VectorReplay {
    /** Absolute tolerance on stability, difficulty and retrievability. */
    static final double TOLERANCE = 1e-6;

    /** What a replay found: the first step that disagrees (null if none) and the worst deltas. */
    record Outcome(String firstMismatch, int sequences, int steps, int exactSteps,
                   double worstStability, double worstDifficulty, double worstRetrievability) {
    }

    private VectorReplay() {
    }

    /** {@code schedulers} builds the scheduler for each sequence's options. */
    static Outcome replay(List<ReferenceVectors.Step> vectors, Function<SchedulerOptions, Scheduler> schedulers) {
        Map<SchedulerOptions, Scheduler> byOptions = new HashMap<>();
        String firstMismatch = null;
        int sequences = 0;
        int exact = 0;
        double worstS = 0;
        double worstD = 0;
        double worstR = 0;
        Card card = Card.NEW;
        for (ReferenceVectors.Step v : vectors) {
            if (v.step() == 1) {
                card = Card.newAt(v.reviewAt());
                sequences++;
            }
            Scheduler scheduler = byOptions.computeIfAbsent(
                    new SchedulerOptions(v.retention(), v.maximumInterval()), schedulers);
            long elapsed = card.state() == CardState.NEW ? 0 : ElapsedDays.utcCalendarDays(card.lastReview(), v.reviewAt());
            double retrievability = scheduler.retrievability(card, v.reviewAt());
            Card next = scheduler.next(card, v.grade(), v.reviewAt());
            double dS = Math.abs(next.stability() - v.stability());
            double dD = Math.abs(next.difficulty() - v.difficulty());
            double dR = Math.abs(retrievability - v.retrievabilityBefore());
            worstS = Math.max(worstS, dS);
            worstD = Math.max(worstD, dD);
            worstR = Math.max(worstR, dR);
            if (dS == 0 && dD == 0 && dR == 0) {
                exact++;
            }
            String mismatch = compare(v, next, elapsed, dS, dD, dR);
            if (mismatch != null && firstMismatch == null) {
                firstMismatch = v.describe() + ": " + mismatch;
            }
            card = next;
        }
        return new Outcome(firstMismatch, sequences, vectors.size(), exact, worstS, worstD, worstR);
    }

    private static String compare(ReferenceVectors.Step v, Card next, long elapsed, double dS, double dD, double dR) {
        long scheduled = Duration.between(v.reviewAt(), next.due()).toDays();
        if (elapsed != v.elapsedDays()) {
            return "elapsed days " + elapsed + ", ts-fsrs " + v.elapsedDays();
        } else if (dR > TOLERANCE) {
            return "retrievability off by " + dR + " (ts-fsrs " + v.retrievabilityBefore() + ")";
        } else if (dS > TOLERANCE) {
            return "stability " + next.stability() + ", ts-fsrs " + v.stability();
        } else if (dD > TOLERANCE) {
            return "difficulty " + next.difficulty() + ", ts-fsrs " + v.difficulty();
        } else if (!next.due().equals(v.due()) || scheduled != v.scheduledDays()) {
            return "due " + next.due() + " (" + scheduled + " days), ts-fsrs " + v.due() + " (" + v.scheduledDays() + ")";
        } else if (next.reps() != v.reps() || next.lapses() != v.lapses()) {
            return "reps/lapses " + next.reps() + "/" + next.lapses() + ", ts-fsrs " + v.reps() + "/" + v.lapses();
        } else if (next.state() != v.state()) {
            return "state " + next.state() + ", ts-fsrs " + v.state();
        } else if (!next.lastReview().equals(v.reviewAt())) {
            return "last review " + next.lastReview();
        }
        return null;
    }
}
