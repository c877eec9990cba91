package dev.tracker.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** R(t, S), the probability of recall that retention statistics are built on. */
class RetrievabilityTest {
    private static final Instant REVIEWED = Instant.parse("2024-01-01T08:00:00Z");
    private final Scheduler scheduler = new Scheduler();

    @Test
    void isNinetyPercentAfterStabilityDays() {
        assertThat(scheduler.retrievability(10, 10)).isCloseTo(0.9, within(1e-8));
        assertThat(scheduler.retrievability(0, 10)).isEqualTo(1);
    }

    @Test
    void fallsWithTimeButSlowerForStrongerMemories() {
        assertThat(scheduler.retrievability(30, 10)).isLessThan(scheduler.retrievability(20, 10));
        assertThat(scheduler.retrievability(30, 100)).isGreaterThan(scheduler.retrievability(30, 10));
    }

    @Test
    void ofANewCardIsZero() {
        assertThat(scheduler.retrievability(Card.NEW, REVIEWED)).isZero();
    }

    @Test
    void ofACardCountsWhole24HourPeriodsNotCalendarDays() {
        Card card = scheduler.next(Card.NEW, Grade.GOOD, REVIEWED);

        // the next UTC day, but not 24 hours later: still 1
        assertThat(scheduler.retrievability(card, REVIEWED.plus(Duration.ofHours(23)))).isEqualTo(1);
        assertThat(scheduler.retrievability(card, REVIEWED.plus(Duration.ofHours(47))))
                .isEqualTo(scheduler.retrievability(1, card.stability()));
    }
}
