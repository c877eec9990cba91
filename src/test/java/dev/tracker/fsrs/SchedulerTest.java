package dev.tracker.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The scheduler's behaviour in single, readable cases; FsrsReferenceTest covers the thousands. */
class SchedulerTest {
    private static final Instant MONDAY_8AM = Instant.parse("2024-01-01T08:00:00Z");
    private static final Instant FRIDAY_9AM = Instant.parse("2024-01-05T09:00:00Z");
    private final Scheduler scheduler = new Scheduler();

    @Test
    void aNewCardRatedGoodIsDueInThreeDaysAtTheSameTime() {
        Card card = scheduler.next(Card.NEW, Grade.GOOD, MONDAY_8AM);

        // S = 2.3065 rounds to 2 days, but good must come after hard's 2 days
        assertThat(card.due()).isEqualTo(Instant.parse("2024-01-04T08:00:00Z"));
        assertThat(card.stability()).isEqualTo(2.3065);
        assertThat(card.difficulty()).isEqualTo(2.11810397);
        assertThat(card.state()).isEqualTo(CardState.REVIEW);
        assertThat(card.lastReview()).isEqualTo(MONDAY_8AM);
        assertThat(card.reps()).isEqualTo(1);
    }

    @Test
    void aNewCardGetsOneTwoThreeOrEightDaysByGrade() {
        assertThat(daysAfter(Card.NEW, MONDAY_8AM)).containsExactly(1, 2, 3, 8);
    }

    @Test
    void aNewCardRatedAgainGoesStraightToReviewWithoutALapse() {
        Card card = scheduler.next(Card.NEW, Grade.AGAIN, MONDAY_8AM);

        assertThat(card.state()).isEqualTo(CardState.REVIEW);
        assertThat(card.lapses()).isZero();
        assertThat(card.due()).isEqualTo(MONDAY_8AM.plus(Duration.ofDays(1)));
    }

    @Test
    void againOnAReviewCardCountsALapseAndStaysInReview() {
        Card reviewed = scheduler.next(Card.NEW, Grade.GOOD, MONDAY_8AM);

        Card lapsed = scheduler.next(reviewed, Grade.AGAIN, FRIDAY_9AM);

        assertThat(lapsed.lapses()).isEqualTo(1);
        assertThat(lapsed.reps()).isEqualTo(2);
        assertThat(lapsed.state()).isEqualTo(CardState.REVIEW);
        assertThat(lapsed.stability()).isEqualTo(0.66141652).isLessThan(reviewed.stability());
        assertThat(lapsed.difficulty()).isEqualTo(7.39450274);
        assertThat(daysAfter(reviewed, FRIDAY_9AM)).containsExactly(1, 11, 16, 28);
    }

    @Test
    void learningAndRelearningCardsAreScheduledLikeReviewCards() {
        Card reviewed = scheduler.next(Card.NEW, Grade.GOOD, MONDAY_8AM);
        Card expected = scheduler.next(reviewed, Grade.HARD, FRIDAY_9AM);

        for (CardState state : new CardState[] {CardState.LEARNING, CardState.RELEARNING}) {
            Card other = new Card(reviewed.due(), reviewed.stability(), reviewed.difficulty(),
                    reviewed.reps(), reviewed.lapses(), state, reviewed.lastReview());
            assertThat(scheduler.next(other, Grade.HARD, FRIDAY_9AM)).isEqualTo(expected);
        }
    }

    @Test
    void higherRetentionGivesShorterIntervals() {
        Card reviewed = scheduler.next(Card.NEW, Grade.GOOD, MONDAY_8AM);

        long at80 = goodDays(new Scheduler(SchedulerOptions.DEFAULT.withDesiredRetention(0.8)), reviewed);
        long at90 = goodDays(scheduler, reviewed);
        long at95 = goodDays(new Scheduler(SchedulerOptions.DEFAULT.withDesiredRetention(0.95)), reviewed);

        assertThat(at80).isGreaterThan(at90);
        assertThat(at90).isGreaterThan(at95);
    }

    @Test
    void aSuccessOnTheSameUtcDayLeavesStabilityAsItWas() {
        Card reviewed = scheduler.next(Card.NEW, Grade.GOOD, MONDAY_8AM);

        Card again = scheduler.next(reviewed, Grade.GOOD, Instant.parse("2024-01-01T23:00:00Z"));

        assertThat(again.stability()).isEqualTo(reviewed.stability());
        assertThat(again.difficulty()).isNotEqualTo(reviewed.difficulty());
    }

    @Test
    void nearTheMaximumIntervalHardGoodAndEasyStillDifferByADay() {
        Scheduler capped = new Scheduler(SchedulerOptions.DEFAULT.withMaximumIntervalDays(100));
        // checked against ts-fsrs: again 7, then hard at the cap and good, easy past it
        Card strong = new Card(MONDAY_8AM, 500, 3, 5, 0, CardState.REVIEW, MONDAY_8AM.minus(Duration.ofDays(400)));

        assertThat(daysAfter(capped, strong, MONDAY_8AM)).containsExactly(7, 100, 101, 102);
    }

    @Test
    void refusesAReviewOnAnEarlierDayThanTheLastOne() {
        Card reviewed = scheduler.next(Card.NEW, Grade.GOOD, FRIDAY_9AM);

        assertThatThrownBy(() -> scheduler.next(reviewed, Grade.GOOD, MONDAY_8AM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the last one");
    }

    @Test
    void previewGivesTheOutcomeOfEachGrade() {
        assertThat(scheduler.preview(Card.NEW, MONDAY_8AM)).containsOnlyKeys(Grade.values())
                .containsEntry(Grade.EASY, scheduler.next(Card.NEW, Grade.EASY, MONDAY_8AM));
    }

    private long goodDays(Scheduler s, Card card) {
        return Duration.between(FRIDAY_9AM, s.next(card, Grade.GOOD, FRIDAY_9AM).due()).toDays();
    }

    private long[] daysAfter(Card card, Instant at) {
        return daysAfter(scheduler, card, at);
    }

    private static long[] daysAfter(Scheduler s, Card card, Instant at) {
        long[] days = new long[4];
        for (Grade grade : Grade.values()) {
            days[grade.ordinal()] = Duration.between(at, s.next(card, grade, at).due()).toDays();
        }
        return days;
    }
}
