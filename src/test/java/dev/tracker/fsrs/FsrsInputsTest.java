package dev.tracker.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Grades, options and cards refuse what makes no sense, with a message that says why. */
class FsrsInputsTest {
    private static final Instant NOW = Instant.parse("2024-01-01T08:00:00Z");

    @Test
    void gradesParseFromLabelInAnyCaseAndFromOneToFour() {
        assertThat(Grade.fromLabel("Good")).isEqualTo(Grade.GOOD);
        assertThat(Grade.fromLabel("again")).isEqualTo(Grade.AGAIN);
        assertThat(Grade.fromValue(4)).isEqualTo(Grade.EASY);
        assertThat(Grade.HARD.value()).isEqualTo(2);
        assertThat(Grade.EASY.label()).isEqualTo("easy");
    }

    @Test
    void unknownGradesAreRefused() {
        assertThatThrownBy(() -> Grade.fromLabel("meh")).hasMessageContaining("again, hard, good or easy");
        assertThatThrownBy(() -> Grade.fromValue(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, 1.5, -0.1, Double.NaN})
    void retentionOutsideZeroToOneIsRefused(double retention) {
        assertThatThrownBy(() -> SchedulerOptions.DEFAULT.withDesiredRetention(retention))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
    }

    @Test
    void defaultsAreNinetyPercentAndAHundredYears() {
        assertThat(SchedulerOptions.DEFAULT).isEqualTo(new SchedulerOptions(0.9, 36500));
        assertThat(new Scheduler().options()).isEqualTo(SchedulerOptions.DEFAULT);
        assertThatThrownBy(() -> SchedulerOptions.DEFAULT.withMaximumIntervalDays(0))
                .hasMessageContaining("at least 1 day");
    }

    @Test
    void cardStatesKeepTsFsrsNumbers() {
        assertThat(CardState.fromCode(2)).isEqualTo(CardState.REVIEW);
        assertThat(CardState.RELEARNING.code()).isEqualTo(3);
    }

    @Test
    void cardsRefuseImpossibleMemoryStates() {
        assertThatThrownBy(() -> new Card(NOW, 2, 5, 0, 0, CardState.NEW, null))
                .hasMessageContaining("new card has no stability");
        assertThatThrownBy(() -> new Card(NOW, 2, 5, 1, 0, CardState.REVIEW, null))
                .hasMessageContaining("lastReview");
        assertThatThrownBy(() -> new Card(NOW, 2, 11, 1, 0, CardState.REVIEW, NOW))
                .hasMessageContaining("difficulty 11.0");
        assertThatThrownBy(() -> new Card(NOW, 0, 5, 1, 0, CardState.REVIEW, NOW))
                .hasMessageContaining("stability 0.0");
        assertThatThrownBy(() -> new Card(NOW, 2, 5, 1, 2, CardState.REVIEW, NOW))
                .hasMessageContaining("do not add up");
    }

    @Test
    void aNewCardIsDueWhenCreated() {
        assertThat(Card.newAt(NOW).due()).isEqualTo(NOW);
        assertThat(Card.NEW.state()).isEqualTo(CardState.NEW);
    }
}
