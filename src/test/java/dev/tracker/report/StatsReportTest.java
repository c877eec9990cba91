package dev.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.HistoryEntry;
import dev.tracker.state.Progress;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streaks over local dates, the calendar, pace and ETA, reviews: what `tracker stats` counts. */
class StatsReportTest {
    static final String PLAN = """
            # Plan
            ## Day 1: Basics
            ### Morning (6 hours)
            - [ ] one
            - [ ] two
            ### Evening (2 hours)
            - [ ] three
            ## Day 2: More
            - [ ] four
            ## Day 3
            - [ ] five
            ## Day 4
            - [ ] six
            ## Day 5
            - [ ] seven
            ## Day 6
            - [ ] eight
            ## Day 7
            - [ ] nine
            """;
    static final SkillGraph GRAPH = ReportFixtures.graph("plan.md", PLAN);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final List<HistoryEntry> history = new ArrayList<>();
    private int commands;

    private HistoryEntry check(String at, String name) {
        String cmd = "cmd-" + ++commands;
        HistoryEntry status = HistoryEntry.status(Instant.parse(at), cmd, id(name), SkillStatus.TODO, SkillStatus.DONE,
                false, name);
        history.add(status);
        history.add(HistoryEntry.review(Instant.parse(at), cmd, id(name), "good", 0.9)); // as `check` records it
        return status;
    }

    private void review(String at, String name, String grade) {
        history.add(HistoryEntry.review(Instant.parse(at), "cmd-" + ++commands, id(name), grade, 0.9));
    }

    private static String id(String name) {
        return GRAPH.skills().stream().filter(s -> s.title().equals(name)).findFirst().orElseThrow().id();
    }

    private StatsReport report(String now, ZoneId zone) {
        return StatsReport.of(GRAPH, new Progress(history), GRAPH.roadmaps(), Instant.parse(now), zone, 0.9, DayOfWeek.MONDAY);
    }

    @Test
    void theWeekStartsOnTheDayTheConfigNames() {
        check("2026-11-29T10:00:00Z", "one"); // a Sunday
        String wednesday = "2026-12-02T10:00:00Z";
        RoadmapPace fromMonday = report(wednesday, ZoneOffset.UTC).roadmaps().get(0);
        RoadmapPace fromSunday = StatsReport.of(GRAPH, new Progress(history), GRAPH.roadmaps(), Instant.parse(wednesday),
                ZoneOffset.UTC, 0.9, DayOfWeek.SUNDAY).roadmaps().get(0);
        assertThat(fromMonday.doneThisWeek()).isZero();
        assertThat(fromMonday.doneLastWeek()).isEqualTo(1);
        assertThat(fromSunday.doneThisWeek()).isEqualTo(1);
        assertThat(fromSunday.doneLastWeek()).isZero();
    }

    @Test
    void changesAtHalfPastElevenAndHalfPastMidnightAreTwoLocalDays() {
        check("2026-11-20T22:30:00Z", "one"); // 23:30 in Berlin
        check("2026-11-20T23:30:00Z", "two"); // 00:30 the next day in Berlin

        StatsReport berlin = report("2026-11-21T12:00:00Z", BERLIN);
        assertThat(berlin.calendar().changes()).containsExactly(
                java.util.Map.entry(LocalDate.parse("2026-11-20"), 1), java.util.Map.entry(LocalDate.parse("2026-11-21"), 1));
        assertThat(berlin.streak()).isEqualTo(new Streak(2, 2, LocalDate.parse("2026-11-21")));

        StatsReport utc = report("2026-11-21T12:00:00Z", ZoneOffset.UTC);
        assertThat(utc.calendar().changes()).containsExactly(java.util.Map.entry(LocalDate.parse("2026-11-20"), 2));
        assertThat(utc.streak()).isEqualTo(new Streak(1, 1, LocalDate.parse("2026-11-20")));
    }

    @Test
    void streakLivesUntilADayPassesWithoutAChange() {
        check("2026-11-10T09:00:00Z", "one");
        check("2026-11-11T09:00:00Z", "two");
        check("2026-11-12T09:00:00Z", "three");
        check("2026-11-19T09:00:00Z", "four");
        check("2026-11-20T09:00:00Z", "five");

        assertThat(report("2026-11-20T20:00:00Z", ZoneOffset.UTC).streak()).isEqualTo(new Streak(2, 3, LocalDate.parse("2026-11-20")));
        assertThat(report("2026-11-21T20:00:00Z", ZoneOffset.UTC).streak().current()).as("today not over yet").isEqualTo(2);
        assertThat(report("2026-11-22T00:00:00Z", ZoneOffset.UTC).streak().current()).as("a whole day missed").isZero();
    }

    @Test
    void backfilledChangeCountsOnTheDayItNames() {
        check("2026-11-21T09:00:00Z", "one");
        check("2026-11-18T00:00:00Z", "two"); // recorded after, with --at 2026-11-18

        StatsReport report = report("2026-11-21T10:00:00Z", ZoneOffset.UTC);
        assertThat(report.calendar().changes()).containsOnlyKeys(LocalDate.parse("2026-11-18"), LocalDate.parse("2026-11-21"));
        assertThat(report.roadmaps().get(0).schedule().startedOn()).isEqualTo(LocalDate.parse("2026-11-18"));
    }

    @Test
    void countsTheUsersChangesOnlyOnceEachAndNothingUndone() {
        check("2026-11-20T09:00:00Z", "one"); // a status and its first review: one change
        HistoryEntry undone = check("2026-11-20T10:00:00Z", "two");
        history.add(HistoryEntry.undoOf(Instant.parse("2026-11-20T10:05:00Z"), "cmd-undo", undone));
        history.add(HistoryEntry.seen(Instant.parse("2026-11-20T11:00:00Z"), "cmd-seen", id("three"), 0.9));
        history.add(HistoryEntry.note(Instant.parse("2026-11-20T12:00:00Z"), "cmd-note", id("one"), "a note"));
        review("2026-11-20T13:00:00Z", "one", "hard");

        assertThat(report("2026-11-20T20:00:00Z", ZoneOffset.UTC).calendar().changes())
                .containsExactly(java.util.Map.entry(LocalDate.parse("2026-11-20"), 3));
    }

    @Test
    void historyOfTheTrackersOwnEntriesIsEmpty() {
        assertThat(report("2026-11-20T20:00:00Z", ZoneOffset.UTC).empty()).isTrue();
        history.add(HistoryEntry.seen(Instant.parse("2026-11-20T11:00:00Z"), "cmd-seen", id("three"), 0.9));
        StatsReport report = report("2026-11-20T20:00:00Z", ZoneOffset.UTC);
        assertThat(report.empty()).isTrue();
        assertThat(report.streak()).isEqualTo(Streak.NONE);
    }

    @Test
    void paceIsTheLastFourWeeksDoneOverFourAndGivesTheEta() {
        // Friday 2026-11-20: this week from Monday 16th, last week 9th-15th, the pace from 24 October
        check("2026-10-23T09:00:00Z", "one"); // 29 days before: out of the pace
        check("2026-10-24T09:00:00Z", "two");
        check("2026-11-10T09:00:00Z", "three");
        check("2026-11-15T21:00:00Z", "four");
        check("2026-11-16T07:00:00Z", "five");
        check("2026-11-20T09:00:00Z", "six");

        RoadmapPace pace = report("2026-11-20T20:00:00Z", ZoneOffset.UTC).roadmaps().get(0);
        assertThat(pace.doneThisWeek()).isEqualTo(2);
        assertThat(pace.doneLastWeek()).isEqualTo(2);
        assertThat(pace.pacePerWeek()).isEqualTo(5 / 4.0);
        assertThat(pace.remaining()).isEqualTo(3);
        assertThat(pace.eta()).isEqualTo(LocalDate.parse("2026-11-20").plusDays(17)); // 3 at 1.25 a week: 16.8 days
    }

    @Test
    void noPaceNoEta() {
        check("2026-09-01T09:00:00Z", "one");
        RoadmapPace pace = report("2026-11-20T20:00:00Z", ZoneOffset.UTC).roadmaps().get(0);
        assertThat(pace.pacePerWeek()).isZero();
        assertThat(pace.eta()).isNull();
    }

    @Test
    void skillCheckedTwiceCountsOnceAndOnlyWhileDone() {
        check("2026-11-17T09:00:00Z", "one");
        check("2026-11-18T09:00:00Z", "one");
        check("2026-11-18T09:00:00Z", "two");
        history.add(HistoryEntry.status(Instant.parse("2026-11-19T09:00:00Z"), "cmd-u", id("two"), SkillStatus.DONE,
                SkillStatus.TODO, true, "two"));

        assertThat(report("2026-11-20T20:00:00Z", ZoneOffset.UTC).roadmaps().get(0).doneThisWeek()).isEqualTo(1);
    }

    @Test
    void scheduleCountsDaysFromTheFirstChangeAgainstTheFirstOpenDay() {
        for (String name : List.of("one", "two", "three", "four", "five")) {
            check("2026-11-24T09:00:00Z", name); // Days 1 to 3 done on the first day
        }
        check("2026-11-30T09:00:00Z", "seven"); // Day 5 done too; Day 4 is still open

        PlanSchedule plan = report("2026-12-02T09:00:00Z", ZoneOffset.UTC).roadmaps().get(0).schedule();
        assertThat(plan.unit()).isEqualTo("day");
        assertThat(plan.periods()).isEqualTo(7);
        assertThat(plan.startedOn()).isEqualTo(LocalDate.parse("2026-11-24"));
        assertThat(plan.current()).isEqualTo(9);
        assertThat(plan.firstOpen().label("day")).isEqualTo("Day 4");
    }

    @Test
    void behindOnScheduleAndAhead() {
        for (String name : List.of("one", "two", "three", "four", "five", "six", "seven")) {
            check("2026-11-24T09:00:00Z", name); // Days 1 to 5 done: Day 6 is open
        }
        assertThat(report("2026-12-02T09:00:00Z", ZoneOffset.UTC).roadmaps().get(0).schedule().behind()).isEqualTo(3);
        assertThat(report("2026-11-29T09:00:00Z", ZoneOffset.UTC).roadmaps().get(0).schedule().behind()).isZero();
        assertThat(report("2026-11-25T09:00:00Z", ZoneOffset.UTC).roadmaps().get(0).schedule().behind()).isEqualTo(-4);
    }

    @Test
    void notStartedHasNoDayAndAllDoneNoOpenDay() {
        PlanSchedule fresh = report("2026-12-02T09:00:00Z", ZoneOffset.UTC).roadmaps().get(0).schedule();
        assertThat(fresh.startedOn()).isNull();
        assertThat(fresh.current()).isNull();
        assertThat(fresh.behind()).isNull();
        assertThat(fresh.firstOpen().first()).isEqualTo(1);

        for (String name : List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")) {
            check("2026-11-24T09:00:00Z", name);
        }
        PlanSchedule done = report("2026-12-02T09:00:00Z", ZoneOffset.UTC).roadmaps().get(0).schedule();
        assertThat(done.firstOpen()).isNull();
        assertThat(done.behind()).isNull();
    }

    @Test
    void hoursAreSharedByTheSkillsOfTheirPart() {
        check("2026-11-24T09:00:00Z", "one"); // half of the morning's 6 hours

        PlanSchedule.Hours hours = report("2026-11-24T10:00:00Z", ZoneOffset.UTC).roadmaps().get(0).schedule().hours();
        assertThat(hours).isEqualTo(new PlanSchedule.Hours(8, 3, 5));
    }

    @Test
    void roadmapWithoutPeriodsHasNoSchedule() {
        SkillGraph graph = ReportFixtures.graph("levels.md", "# Go\n## Interfaces\n### L1: basics\n- [ ] syntax\n");
        StatsReport report = StatsReport.of(graph, Progress.EMPTY, graph.roadmaps(), Instant.parse("2026-11-24T10:00:00Z"),
                ZoneOffset.UTC, 0.9, DayOfWeek.MONDAY);
        assertThat(report.roadmaps().get(0).schedule()).isNull();
    }

    @Test
    void retentionOfTheLast30DaysRecallsAndReviewsDueThisWeek() {
        check("2026-10-01T09:00:00Z", "one");
        review("2026-10-20T09:00:00Z", "one", "again"); // 31 days before: out
        review("2026-10-21T09:00:00Z", "one", "good");
        review("2026-11-01T09:00:00Z", "one", "again");
        review("2026-11-15T09:00:00Z", "one", "hard");
        review("2026-11-19T09:00:00Z", "one", "easy");

        ReviewPulse reviews = report("2026-11-19T20:00:00Z", ZoneOffset.UTC).reviews();
        assertThat(reviews.recalls()).isEqualTo(4);
        assertThat(reviews.remembered()).isEqualTo(3);
        assertThat(reviews.retention()).isEqualTo(0.75);
    }

    @Test
    void reviewsDueNowAndBeforeNextMonday() {
        check("2026-11-01T09:00:00Z", "one"); // due long ago
        check("2026-11-19T09:00:00Z", "two"); // first interval of a few days: due within the week
        check("2026-11-20T09:00:00Z", "three");

        ReviewPulse reviews = report("2026-11-20T10:00:00Z", ZoneOffset.UTC).reviews();
        assertThat(reviews.dueNow()).isEqualTo(1);
        assertThat(reviews.dueThisWeek()).as("two's first interval ends on Sunday, three's on Monday").isEqualTo(2);
        assertThat(reviews.retention()).as("a check's first review is no recall").isNull();
    }
}
