package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The user's zone: UTC by any of its names is the plain offset (no zone rules to load), other names stay regions. */
class LocalZoneTest {
    private static ZoneId zoneFor(String tz) {
        PrintWriter nowhere = new PrintWriter(new StringWriter());
        Map<String, String> env = tz == null ? Map.of() : Map.of("TZ", tz);
        return LocalZone.of(new TrackerContext(nowhere, nowhere, env, Path.of("."), Clock.systemUTC()));
    }

    @Test
    void namesOfUtcAreTheUtcOffset() {
        for (String name : new String[] {"UTC", "Etc/UTC", ":Etc/UTC", "GMT", "Etc/Zulu", "Universal"}) {
            assertThat(zoneFor(name)).as(name).isSameAs(ZoneOffset.UTC);
        }
    }

    @Test
    void everyUtcNameIsAZoneOfZeroOffsetWithoutDaylightSaving() {
        for (String name : LocalZone.UTC_NAMES) {
            ZoneId region = ZoneId.of(name);
            assertThat(region.getRules().isFixedOffset()).as(name).isTrue();
            assertThat(region.getRules().getOffset(java.time.Instant.EPOCH)).as(name).isEqualTo(ZoneOffset.UTC);
        }
    }

    @Test
    void otherZonesStayRegions() {
        assertThat(zoneFor("Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(zoneFor("America/New_York")).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void withoutTzTheSystemZoneByTheSameRule() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Etc/UTC"));
            assertThat(zoneFor(null)).isSameAs(ZoneOffset.UTC);
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            assertThat(zoneFor(null)).isEqualTo(ZoneId.of("Asia/Tokyo"));
            assertThat(zoneFor("CET-1CEST")).isEqualTo(ZoneId.of("Asia/Tokyo"));
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
