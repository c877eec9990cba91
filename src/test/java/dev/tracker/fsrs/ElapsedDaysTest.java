package dev.tracker.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ElapsedDaysTest {
    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void calendarDaysChangeAtUtcMidnight() {
        assertThat(ElapsedDays.utcCalendarDays(at("2024-03-09T23:59:00Z"), at("2024-03-10T00:01:00Z"))).isEqualTo(1);
        assertThat(ElapsedDays.utcCalendarDays(at("2024-03-09T00:01:00Z"), at("2024-03-09T23:59:59Z"))).isZero();
        assertThat(ElapsedDays.utcCalendarDays(at("2024-02-28T12:00:00Z"), at("2024-03-01T01:00:00Z"))).isEqualTo(2);
    }

    @Test
    void calendarDaysIgnoreTheOffsetTheTimeWasWrittenIn() {
        // 23:30 in New York is 04:30 UTC the next day: what counts is the UTC date
        assertThat(ElapsedDays.utcCalendarDays(at("2024-03-09T12:00:00Z"), at("2024-03-09T23:30:00-05:00"))).isEqualTo(1);
    }

    @Test
    void calendarDaysAreNegativeBackwards() {
        assertThat(ElapsedDays.utcCalendarDays(at("2024-03-10T00:01:00Z"), at("2024-03-09T23:59:00Z"))).isEqualTo(-1);
    }

    @Test
    void whole24HourPeriodsRoundDownAndNeverGoNegative() {
        assertThat(ElapsedDays.whole24HourPeriods(at("2024-03-09T23:59:00Z"), at("2024-03-10T00:01:00Z"))).isZero();
        assertThat(ElapsedDays.whole24HourPeriods(at("2024-03-09T08:00:00Z"), at("2024-03-11T07:59:59Z"))).isEqualTo(1);
        assertThat(ElapsedDays.whole24HourPeriods(at("2024-03-10T00:00:00Z"), at("2024-03-09T00:00:00Z"))).isZero();
    }
}
