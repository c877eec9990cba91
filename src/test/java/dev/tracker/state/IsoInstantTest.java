package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast reading of times accepts and refuses exactly what Instant.parse does, with the same result. */
class IsoInstantTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-21T09:00:00Z", "2026-11-23T11:45:30.123456789Z", "2026-11-23T11:45:30.5Z",
        "2026-11-23T11:45:30.12Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2024-02-29T00:00:00Z",
        "2026-06-30T23:59:60Z", "2026-11-21T24:00:00Z", "2026-11-21T09:00:00.Z"})
    void readsAsInstantParseDoes(String text) {
        assertThat(IsoInstant.parse(text)).isEqualTo(Instant.parse(text));
        assertThat(IsoInstant.parse(inBuffer(text), 3, text.length())).isEqualTo(Instant.parse(text));
    }

    /** The text with characters before and after it, as a parser's buffer holds it. */
    private static char[] inBuffer(String text) {
        return ("\"9:" + text + "Z\"0").toCharArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z",
        "2026-11-21T09:00:00.1234567890Z", "2026-11-21 09:00:00Z", "2026-11-21T09:00:00", "2026-11-21T09:00:0xZ",
        "+2026-11-21T09:00:00Z", "2026-11-21T09:00:00+01:00x", ""})
    void refusesWhatInstantParseRefuses(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstant.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstant.parse(inBuffer(text), 3, text.length())).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void randomInstantsWrittenAsTheTrackerWritesThemReadBackTheSame() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextInt(2_000_000_000) * 2L, random.nextInt(4) == 0 ? 0
                    : random.nextInt(1_000_000_000));
            assertThat(IsoInstant.parse(at.toString())).isEqualTo(at);
            assertThat(IsoInstant.parse(inBuffer(at.toString()), 3, at.toString().length())).isEqualTo(at);
        }
    }
}
