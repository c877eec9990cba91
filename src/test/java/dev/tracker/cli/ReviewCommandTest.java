package dev.tracker.cli;

import static dev.tracker.testing.FixtureRoadmaps.CONTROL_FLOW;
import static dev.tracker.testing.FixtureRoadmaps.DEFINE;
import static dev.tracker.testing.FixtureRoadmaps.IMPLICIT;
import static dev.tracker.testing.FixtureRoadmaps.MOCKING;
import static dev.tracker.testing.JsonTree.asList;
import static dev.tracker.testing.JsonTree.asObject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.JsonTree;
import dev.tracker.testing.TrackerRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `review`, and the review every `check` starts: through the command factory, at the runner's fixed time (2026-11-21 09:00 UTC). */
class ReviewCommandTest {
    @TempDir
    Path tmp;

    private TrackerRunner tracker;

    @BeforeEach
    void roadmaps() {
        tracker = FixtureRoadmaps.both(tmp);
    }

    private Map<String, Object> review(String id) {
        return asObject(asObject(JsonTree.object(tracker.ok("show", id, "--json").out()).get("skill")).get("review"));
    }

    private List<Object> due() {
        return asList(JsonTree.object(tracker.ok("review", "--list", "--json").out()).get("due"));
    }

    @Test
    void aCheckIsTheFirstReviewAndComesDueAfterItsInterval() {
        tracker.ok("check", DEFINE, "--at", "2026-11-01");

        assertThat(review(DEFINE)).containsEntry("reps", 1L).containsEntry("lapses", 0L).containsEntry("state", "review")
                .containsEntry("last", "2026-11-01T00:00:00Z");
        assertThat(due()).singleElement().satisfies(item -> assertThat(asObject(item)).containsEntry("id", DEFINE)
                .hasEntrySatisfying("overdueDays", days -> assertThat((Long) days).isPositive()));
        assertThat(tracker.ok("review", "--list").out()).startsWith("1 review due\n  " + DEFINE + "  (");
        assertThat(tracker.ok("status").out()).endsWith("1 review due: tracker review --list\n");
    }

    @Test
    void aGradeReschedulesAndAgainCountsALapseWhileTheSkillStaysDone() {
        tracker.ok("check", DEFINE, "--at", "2026-11-01");

        String out = tracker.ok("review", DEFINE, "--grade", "again").out();

        assertThat(out).startsWith("reviewed " + DEFINE + ": again; next review 2026-11-2");
        assertThat(review(DEFINE)).containsEntry("reps", 2L).containsEntry("lapses", 1L);
        assertThat(due()).isEmpty();
        assertThat(asObject(JsonTree.object(tracker.ok("show", DEFINE, "--json").out()).get("skill")))
                .containsEntry("status", "done");
    }

    @Test
    void aGradeRecordedInThePastThatIsDueAgainAlreadySaysSo() {
        tracker.ok("check", DEFINE, "--at", "2026-11-01");

        assertThat(tracker.env("COLUMNS", "200").ok("review", DEFINE, "--grade", "again", "--at", "2026-11-05").out())
                .startsWith("reviewed " + DEFINE + ": again; next review 2026-11-0").contains("(due now)");
    }

    @Test
    void undoTakesBackAGrade() {
        tracker.ok("check", DEFINE, "--at", "2026-11-01");
        tracker.ok("review", DEFINE, "--grade", "hard");

        tracker.ok("undo");

        assertThat(review(DEFINE)).containsEntry("reps", 1L);
        assertThat(due()).hasSize(1);
    }

    @Test
    void anEasierFirstGradeGivesALongerInterval() {
        tracker.ok("check", DEFINE, "--grade", "hard");
        tracker.ok("check", CONTROL_FLOW, "--grade", "easy");

        assertThat((String) review(CONTROL_FLOW).get("due")).isGreaterThan((String) review(DEFINE).get("due"));
    }

    @Test
    void aLowerDesiredRetentionGivesALongerIntervalAndIsKeptWithTheReview() {
        tracker.ok("check", CONTROL_FLOW);
        tracker.env("TRACKER_REVIEW_RETENTION", "0.8").ok("check", DEFINE);
        tracker.env("TRACKER_REVIEW_RETENTION", null);

        assertThat((String) review(DEFINE).get("due")).isGreaterThan((String) review(CONTROL_FLOW).get("due"));
        assertThat(tracker.stateText()).contains("\"retention\":0.8").contains("\"retention\":0.9");
        assertThat(tracker.env("TRACKER_REVIEW_RETENTION", "1.5").fails(2, "check", IMPLICIT).err())
                .contains("TRACKER_REVIEW_RETENTION").hasLineCount(1);
    }

    @Test
    void atRecordsUncheckStartAndSkipAtTheTimeGivenAndRefusesTheFuture() {
        tracker.ok("check", DEFINE, "--at", "2026-11-01");
        tracker.ok("uncheck", DEFINE, "--at", "2026-11-02T10:00:00+01:00");
        tracker.ok("start", CONTROL_FLOW, "--at", "2026-11-03");
        tracker.ok("skip", IMPLICIT, "--at", "2026-11-04T12:00:00Z");
        String state = tracker.stateText();

        assertThat(state).contains("\"at\":\"2026-11-02T09:00:00Z\"", "\"at\":\"2026-11-03T00:00:00Z\"",
                "\"at\":\"2026-11-04T12:00:00Z\"");
        for (String command : List.of("uncheck", "start", "skip")) {
            assertThat(tracker.fails(2, command, MOCKING, "--at", "2026-11-22").err()).as(command).contains("future").hasLineCount(1);
            assertThat(tracker.fails(2, command, MOCKING, "--at", "tomorrow").err()).as(command).contains("yyyy-MM-dd").hasLineCount(1);
        }
        assertThat(tracker.stateText()).isEqualTo(state);
    }

    @Test
    void skillsDoneInTheMarkdownGetASchedulesFromTheFirstWrite() {
        assertThat(tracker.ok("show", MOCKING, "--json").out()).contains("\"review\" : null");

        tracker.ok("start", CONTROL_FLOW);

        assertThat(review(MOCKING)).containsEntry("reps", 1L).containsEntry("last", TrackerRunner.NOW.toString());
        assertThat(tracker.stateText()).as("the skills first seen together share one line").containsOnlyOnce("\"kind\":\"seen\"")
                .containsPattern("\"ids\":\\[[^]]*\"" + MOCKING + "\"");
    }

    @Test
    void badInputIsOneLineAndWritesNothing() {
        tracker.ok("check", DEFINE);
        String state = tracker.stateText();

        assertThat(tracker.fails(2, "review", DEFINE, "--grade", "meh").err()).contains("again, hard, good or easy").hasLineCount(1);
        assertThat(tracker.fails(2, "review", DEFINE).err()).contains("--grade").hasLineCount(1);
        assertThat(tracker.fails(2, "review", DEFINE, "--grade", "good", "--at", "2027-01-01").err()).contains("future")
                .hasLineCount(1);
        assertThat(tracker.fails(2, "review", DEFINE, "--grade", "good", "--at", "yesterday").err()).contains("yyyy-MM-dd")
                .hasLineCount(1);
        assertThat(tracker.fails(2, "check", CONTROL_FLOW, "--at", "2027-01-01").err()).contains("future").hasLineCount(1);
        assertThat(tracker.fails(1, "review", CONTROL_FLOW, "--grade", "good").err()).contains("not done").hasLineCount(1);
        assertThat(tracker.fails(2, "review", DEFINE, "--grade", "good", "--at", "2026-11-01").err())
                .contains("before " + DEFINE + "'s last review").hasLineCount(1);
        assertThat(tracker.stateText()).isEqualTo(state);
    }

    @Test
    void nothingDueIsOneLineWithTheNextDate() {
        assertThat(tracker.ok("review", "--list").out()).isEqualTo(
                "no review scheduled yet: `tracker check SKILL` schedules the skills you learn\n");
        tracker.ok("check", DEFINE);

        assertThat(tracker.ok("review", "--list").out()).matches("no review due; the next is on 2026-11-2\\d \\(alpha/.*\\)\n");
        assertThat(tracker.ok("status").out()).doesNotContain("review");
    }

    private List<Object> nextItems(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "next";
        args[1] = "--json";
        System.arraycopy(options, 0, args, 2, options.length);
        return asList(JsonTree.object(tracker.ok(args).out()).get("items"));
    }

    @Test
    void nextPutsDueReviewsFirstWithTheirReason() {
        tracker.ok("check", DEFINE, "--at", "2026-11-01");

        List<Object> items = nextItems();
        assertThat(asObject(items.get(0))).containsEntry("kind", "review").containsEntry("id", DEFINE)
                .containsEntry("reason", "review: last recalled 20 days ago");
        assertThat(items.subList(1, items.size())).allSatisfy(item -> assertThat(asObject(item)).containsEntry("kind", "learn"));
        assertThat(tracker.ok("next").out()).startsWith(" 1. review " + DEFINE + "\n");
        assertThat(nextItems("--reviews", "0")).noneSatisfy(item -> assertThat(asObject(item)).containsEntry("kind", "review"));
        assertThat(tracker.fails(2, "next", "--reviews", "-1").err()).contains("--reviews").hasLineCount(1);
    }

    @Test
    void nextGivesReviewsTwoInFiveOfItsCountUnlessToldHowMany() {
        tracker.ok("check", DEFINE, IMPLICIT, CONTROL_FLOW, "--at", "2026-11-01");

        assertThat(nextItems()).filteredOn(item -> "review".equals(asObject(item).get("kind"))).hasSize(2);
        assertThat(nextItems("--count", "2")).filteredOn(item -> "review".equals(asObject(item).get("kind"))).hasSize(1);
        assertThat(nextItems("--reviews", "3")).filteredOn(item -> "review".equals(asObject(item).get("kind"))).hasSize(3);
    }

    @Test
    void afterRepeatedLapsesNextSuggestsRelearning() {
        tracker.ok("check", DEFINE, "--at", "2026-10-01");
        tracker.ok("review", DEFINE, "--grade", "again", "--at", "2026-10-05");
        tracker.ok("review", DEFINE, "--grade", "again", "--at", "2026-10-10");
        tracker.ok("review", DEFINE, "--grade", "again", "--at", "2026-10-15");

        assertThat(asObject(nextItems().get(0))).containsEntry("kind", "review")
                .hasEntrySatisfying("reason", reason -> assertThat((String) reason).startsWith("relearn it: forgotten 3 times"));
    }
}
