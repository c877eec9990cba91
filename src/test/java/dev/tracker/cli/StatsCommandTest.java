package dev.tracker.cli;

import static dev.tracker.testing.JsonTree.asList;
import static dev.tracker.testing.JsonTree.asObject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.JsonTree;
import dev.tracker.testing.TrackerRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `tracker stats` end to end: days in the user's zone, `--at` days, bad input, widths and styles. */
class StatsCommandTest {
    private static final String PLAN = """
            # Two days
            ## Day 1 (4 hours)
            - [ ] alpha
            - [ ] beta
            ## Day 2 (4 hours)
            - [ ] gamma
            - [ ] delta
            """;

    @TempDir
    Path tmp;

    private TrackerRunner tracker;

    @BeforeEach
    void plan() {
        tracker = new TrackerRunner(tmp).roadmap("plan.md", PLAN).at(Instant.parse("2026-12-02T12:00:00Z"));
    }

    private List<Object> days() {
        return asList(asObject(JsonTree.parse(tracker.ok("stats", "--json").out())).get("days"));
    }

    @Test
    void emptyHistorySaysSoInOneLine() {
        String out = tracker.ok("stats").out();
        assertThat(out).hasLineCount(1).startsWith("no changes yet");
        assertThat(tracker.stateFile()).as("stats only reads").doesNotExist();
    }

    @Test
    void daysAreTheUsersLocalDates() {
        tracker.ok("check", "alpha", "--at", "2026-11-30T23:30:00+01:00");
        tracker.ok("check", "beta", "--at", "2026-12-01T00:30:00+01:00");

        tracker.env("TZ", "Europe/Berlin");
        assertThat(days()).containsExactly(Map.of("date", "2026-11-30", "changes", 1L), Map.of("date", "2026-12-01", "changes", 1L));
        tracker.env("TZ", ":UTC");
        assertThat(days()).containsExactly(Map.of("date", "2026-11-30", "changes", 2L));
    }

    @Test
    void aDayGivenWithAtCountsOnThatDayInTheUsersZone() {
        tracker.env("TZ", "America/New_York").ok("check", "alpha", "--at", "2026-11-20");
        tracker.env("TZ", "Asia/Tokyo").ok("check", "beta", "--at", "2026-11-25");

        tracker.env("TZ", "America/New_York");
        assertThat(days()).first().isEqualTo(Map.of("date", "2026-11-20", "changes", 1L));
        tracker.env("TZ", "Asia/Tokyo");
        assertThat(days()).last().isEqualTo(Map.of("date", "2026-11-25", "changes", 1L));
    }

    @Test
    void textShowsStreakCalendarPaceAndPlan() {
        tracker.at(Instant.parse("2026-12-01T10:00:00Z")).ok("check", "alpha");
        tracker.at(Instant.parse("2026-12-02T10:00:00Z")).ok("check", "beta");

        String out = tracker.at(Instant.parse("2026-12-02T12:00:00Z")).ok("stats").out();
        assertThat(out).startsWith("streak: 2 days (longest 2 days), last active 2026-12-02\n")
                .containsPattern("\\n  plan +2 +0 +2  at 0\\.5 a week: 2026-12-30\\n")
                .contains("\n  day 2 since you started on 2026-12-01\n  the first open day is Day 2: on schedule\n")
                .contains("\n  hours: 4 of 8 done, 4 left\n");
        assertThat(out.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void theConfigsWeekStartOrdersTheCalendarsRows() {
        tracker.at(Instant.parse("2026-12-01T10:00:00Z")).ok("check", "alpha");
        String monday = tracker.at(Instant.parse("2026-12-02T12:00:00Z")).ok("stats").out();
        tracker.config("week-start = \"Sunday\"\n");
        String sunday = tracker.at(Instant.parse("2026-12-02T12:00:00Z")).ok("stats").out();
        assertThat(firstWeekday(monday)).isEqualTo("Mon");
        assertThat(firstWeekday(sunday)).isEqualTo("Sun");
    }

    private static String firstWeekday(String stats) {
        return stats.lines().filter(line -> line.matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) .*")).findFirst().orElseThrow()
                .substring(0, 3);
    }

    @Test
    void fitsNarrowTerminalsAndWeeksNeverWidenIt() {
        tracker.ok("check", "alpha");
        tracker.env("COLUMNS", "40");
        for (String[] args : List.of(new String[] {"stats"}, new String[] {"stats", "--weeks", "100"})) {
            assertThat(tracker.ok(args).out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        }
        assertThat(tracker.ok("stats", "--weeks", "4").out().lines().filter(l -> l.startsWith("Mon ")))
                .singleElement().satisfies(line -> assertThat(line).hasSize(4 + 4));
    }

    @Test
    void weeksLimitTheDaysOfTheJson() {
        tracker.ok("check", "alpha", "--at", "2026-10-01");
        tracker.ok("check", "beta");
        assertThat(days()).hasSize(2);
        assertThat(asList(asObject(JsonTree.parse(tracker.ok("stats", "--weeks", "1", "--json").out())).get("days")))
                .containsExactly(Map.of("date", "2026-12-02", "changes", 1L));
    }

    @Test
    void asciiAndColour() {
        tracker.ok("check", "alpha");
        tracker.styledAsMain().env("LANG", "C.UTF-8");
        assertThat(tracker.ok("stats", "--ascii").out()).doesNotContain("░", "▒", "▓", "█").contains("Tue ..");
        assertThat(tracker.ok("stats", "--color=always").out()).contains("\u001b[32m█");
        assertThat(tracker.ok("stats").out()).doesNotContain("\u001b");
    }

    @Test
    void badInputIsOneLine() {
        assertThat(tracker.fails(2, "stats", "--weeks", "0").err()).hasLineCount(1).contains("--weeks must be 1 or more");
        assertThat(tracker.fails(1, "stats", "no-such-plan").err()).hasLineCount(1).contains("the roadmaps are: plan");
    }

    @Test
    void aRoadmapCountsItsOwnChangesOnly() {
        tracker.roadmap("other.md", "# Other\n- [ ] omega\n");
        tracker.ok("check", "omega");
        assertThat(tracker.ok("stats", "plan").out()).hasLineCount(1).startsWith("no changes yet");
        assertThat(tracker.ok("stats", "other").out()).startsWith("streak: 1 day");
    }
}
