package dev.tracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** IsoTime writes what Instant.toString writes, for any instant. */
class IsoTimeTest {
    @Test
    void edgesAreInstantsOwnText() {
        for (String text : new String[] {"1970-01-01T00:00:00Z", "2026-12-04T17:44:40Z", "2026-12-04T17:44:00Z",
            "2026-12-04T00:00:00.500Z", "2026-02-28T23:59:59.000001Z", "2024-02-29T12:00:00.123456789Z",
            "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1969-12-31T23:59:59.100Z"}) {
            assertThat(IsoTime.of(Instant.parse(text))).isEqualTo(text);
        }
        assertThat(IsoTime.of(Instant.MAX)).isEqualTo(Instant.MAX.toString());
        assertThat(IsoTime.of(Instant.MIN)).isEqualTo(Instant.MIN.toString());
    }

    @Test
    void randomInstantsMatchInstantToString() {
        Random random = new Random(42);
        long span = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond() - Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long from = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant at = Instant.ofEpochSecond(from + Math.floorMod(random.nextLong(), span), nano);
            assertThat(IsoTime.of(at)).as("%s", at).isEqualTo(at.toString());
        }
    }
}
