package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Queries as a new user types them, on frozen copies of the user's own roadmaps. */
class FindingCommandsTest {
    private static final String SCAN_COST = "go-architect-tracker/garbage-collection/l3/scan-cost";

    @TempDir
    Path dir;

    private TrackerRunner tracker() {
        return new TrackerRunner(dir).useFixtureRoadmaps();
    }

    @Test
    void theTitleAsWrittenFindsItsSkillAlone() {
        TrackerRunner tracker = tracker();
        assertThat(tracker.ok("check", "Scan Cost").out()).startsWith("[x] todo → done  " + SCAN_COST);
        assertThat(tracker.ok("show", "Scan Cost:").out()).startsWith("[x] " + SCAN_COST);
    }

    @Test
    void typosFindTheirSkillWithoutFlooding() {
        TrackerRunner tracker = tracker();
        assertThat(tracker.ok("show", "scna", "cost").out()).startsWith("[ ] " + SCAN_COST);
        TrackerRunner.Run mocking = tracker.fails(2, "check", "mokcing");
        assertThat(mocking.err()).isEqualTo("tracker: 'mokcing' (read as 'mocking') matches 2 skills; nothing was changed."
                + " Name one by its id:\n"
                + "  interfaces/l2/mocking  Mocking: I define interfaces at the point of use (in t…\n"
                + "  testing/l2/mocking  Mocking: I can generate or write Mocks for my interfaces…\n");
        assertThat(tracker.stateText()).isNull();
    }

    @Test
    void aTypoOfASectionsNameIsTheSection() {
        TrackerRunner tracker = tracker();
        assertThat(tracker.ok("show", "goroutnes").out()).startsWith("section  go-architect-tracker/goroutines-the-scheduler\n");
        String tie = tracker.fails(2, "check", "goroutnes").err();
        assertThat(tie).as("skills as strongly as the section: they are the candidates, the section is named")
                .startsWith("tracker: 'goroutnes' (read as 'goroutines') matches 17 skills; nothing was changed.")
                .endsWith("  (a section too: tracker check --all goroutines-the-scheduler changes all its open skills)\n");
        assertThat(tracker.fails(2, "check", "Goroutines & The Scheduler").err()).isEqualTo("tracker: 'Goroutines & The"
                + " Scheduler' is a section, goroutines-the-scheduler (16 skills); nothing was changed. To change all its"
                + " open skills: tracker check --all goroutines-the-scheduler\n");
        assertThat(tracker.stateText()).isNull();
    }

    @Test
    void candidatesAreAtMostTenBestFirstWithTheCountOfTheRest() {
        String err = tracker().fails(2, "check", "syntax").err();
        assertThat(err).startsWith("tracker: 'syntax' matches 13 skills;");
        assertThat(err.lines().skip(1).toList()).hasSize(11).last().isEqualTo("  … and 3 more; add a word to narrow it");
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 40, 80, 200})
    void candidateLinesShowTheUniqueEndOfEachIdWholeAtAnyWidth(int columns) {
        String err = tracker().env("COLUMNS", String.valueOf(columns)).fails(2, "check", "syntax").err();
        assertThat(err).contains("\n  interfaces/l1/syntax").doesNotContain("go-architect-tracker/");
        err.lines().skip(1).filter(line -> !line.startsWith("  …")).forEach(line -> {
            String id = line.strip().split(" ")[0];
            assertThat(id).as(line).endsWith("/syntax").doesNotContain("…");
            assertThat(line.length()).as(line).isLessThanOrEqualTo(Math.max(columns, id.length() + 2));
        });
    }

    @Test
    void checkAllMarksEverySkillOfASectionAsOneCommandThatOneUndoReverts() {
        TrackerRunner tracker = tracker();
        tracker.ok("skip", "goroutines-the-scheduler/l1/syntax");
        String out = tracker.ok("check", "--all", "goroutines-the-scheduler").out();
        assertThat(out).as("the skipped skill stays skipped").doesNotContain("l1/syntax\n")
                .contains("go-architect-tracker/goroutines-the-scheduler/l3/affinity");
        assertThat(tracker.ok("list", "goroutines-the-scheduler", "--todo").out()).doesNotContain("[ ]");
        assertThat(tracker.ok("undo").out()).contains("l3/affinity").doesNotContain("l1/syntax");
        assertThat(tracker.ok("list", "goroutines-the-scheduler", "--done").out()).doesNotContain("[x]");
        assertThat(tracker.ok("list", "goroutines-the-scheduler", "--skipped").out()).contains("[-]");
    }

    @Test
    void checkAllWithNothingOpenChangesNothing() {
        TrackerRunner tracker = tracker();
        tracker.ok("skip", "--all", "goroutines-the-scheduler/l1");
        assertThat(tracker.ok("check", "--all", "goroutines-the-scheduler/l1").out())
                .isEqualTo("nothing to change: the 5 skills named are done or skipped already\n");
        assertThat(tracker.fails(1, "check", "--all", "zzzq").err()).contains("no section with skills matches 'zzzq'");
    }

    @Test
    void searchOffersWhatATypoMeant() {
        TrackerRunner tracker = tracker();
        assertThat(tracker.fails(1, "search", "goroutnes").err()).isEqualTo("tracker: no skill's title or id contains"
                + " goroutnes; did you mean: tracker search goroutines\n");
        assertThat(tracker.fails(1, "search", "zzzqqq").err()).contains("try fewer or shorter words");
    }

    @Test
    void statusTakesAUniquePrefixAndASection() {
        TrackerRunner tracker = tracker();
        assertThat(tracker.ok("status", "go-mastery").out()).isEqualTo(tracker.ok("status", "go-mastery-plan").out());
        String section = tracker.ok("status", "interfaces").out();
        assertThat(section).startsWith("go-architect-tracker · ").contains("    Interfaces ", "      L2: ")
                .doesNotContain("Goroutines");
        assertThat(tracker.fails(1, "status", "zzzq").err()).contains("no roadmap or section matches 'zzzq'");
        assertThat(tracker.ok("list", "go-mastery").out()).startsWith("go-mastery-plan");
    }
}
