package dev.tracker.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Java scheduler against ts-fsrs 5.4.2: every sequence of the golden vectors replayed, each
 * step compared (stability, difficulty, retrievability to 1e-6 absolute; due to the millisecond;
 * elapsed days, reps, lapses, state exactly). Regenerate with src/test/fsrs/generate-vectors.mjs.
 */
class FsrsReferenceTest {
    private static List<ReferenceVectors.Step> vectors;

    @BeforeAll
    static void load() {
        vectors = ReferenceVectors.load();
    }

    @Test
    void everySequenceMatchesTsFsrs() {
        VectorReplay.Outcome outcome = VectorReplay.replay(vectors, Scheduler::new);

        System.out.printf("FSRS vectors: %d sequences, %d steps, %d bit-identical; worst |dS| %.3g, |dD| %.3g, |dR| %.3g%n",
                outcome.sequences(), outcome.steps(), outcome.exactSteps(),
                outcome.worstStability(), outcome.worstDifficulty(), outcome.worstRetrievability());
        assertThat(outcome.firstMismatch()).as("first step that differs from ts-fsrs").isNull();
        assertThat(outcome.sequences()).isGreaterThanOrEqualTo(300);
        assertThat(outcome.steps()).isGreaterThanOrEqualTo(3000);
    }

    @Test
    void vectorsCoverEveryGradeRetentionAndTiming() {
        assertThat(vectors).extracting(ReferenceVectors.Step::grade).contains(Grade.values());
        assertThat(vectors).extracting(ReferenceVectors.Step::retention).contains(0.8, 0.9, 0.95);
        assertThat(vectors).anyMatch(v -> v.step() > 1 && v.elapsedDays() == 0);
        assertThat(vectors).anyMatch(v -> v.elapsedDays() > 3650);
        assertThat(vectors).anyMatch(v -> v.scheduledDays() > v.maximumInterval());
        assertThat(vectors).anyMatch(v -> v.lapses() >= 10);
    }

    /** Proves the comparison has teeth: 1% off any weight that takes part must show somewhere. */
    @ParameterizedTest(name = "w{0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 20})
    void aWeightOffByOnePercentIsCaught(int index) {
        double[] weights = MemoryModel.FSRS6_DEFAULT_WEIGHTS.clone();
        weights[index] *= 1.01;

        VectorReplay.Outcome outcome = VectorReplay.replay(vectors, options -> new Scheduler(options, weights));

        assertThat(outcome.firstMismatch()).as("replay with w" + index + " changed").isNotNull();
    }

    /** w17..w19 drive same-day learning steps only, which ts-fsrs skips with short-term off. */
    @ParameterizedTest(name = "w{0}")
    @ValueSource(ints = {17, 18, 19})
    void shortTermWeightsPlayNoPart(int index) {
        double[] weights = MemoryModel.FSRS6_DEFAULT_WEIGHTS.clone();
        weights[index] *= 2;

        VectorReplay.Outcome outcome = VectorReplay.replay(vectors, options -> new Scheduler(options, weights));

        assertThat(outcome.firstMismatch()).isNull();
    }
}
