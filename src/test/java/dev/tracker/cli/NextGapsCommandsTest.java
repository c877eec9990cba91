package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures issue 3 asks for, on the user's own roadmaps, through the same factory as main. */
class NextGapsCommandsTest {
    private static final Pattern ITEM_ID = Pattern.compile("^ *\\d+\\. \\[.] (\\S+)$", Pattern.MULTILINE);
    private static final String ERRORS = "go-architect-tracker/error-handling-vs-panics/";

    @TempDir
    Path dir;

    /** Wide enough that `next` prints whole ids, which these tests read back. */
    private TrackerRunner tracker() {
        return new TrackerRunner(dir).useFixtureRoadmaps().env("COLUMNS", "200");
    }

    /** The usual 80 columns, where long titles are cut. */
    private TrackerRunner narrowTracker() {
        return new TrackerRunner(dir).useFixtureRoadmaps();
    }

    @Test
    void nextProposesL1OfTheFirstTopicWhoseL1IsOpen() {
        TrackerRunner.Run run = tracker().run("next", "--roadmap", "go-architect-tracker");
        assertThat(run.exit()).isZero();
        assertThat(ids(run.out())).hasSize(5).allSatisfy(id -> assertThat(id).startsWith(ERRORS + "l1/"));
        assertThat(run.out()).contains("why: L1 of Error Handling vs. Panics is open; L1 comes before L2");
    }

    @Test
    void nextDepthFirstProposesL2OfStructs() {
        TrackerRunner.Run run = tracker().run("next", "--roadmap", "go-architect-tracker", "--depth-first");
        assertThat(ids(run.out())).allSatisfy(id ->
                assertThat(id).startsWith("go-architect-tracker/structs-methods-composition/l2/"));
    }

    @Test
    void nextOnTheMasteryPlanProposesWeek17OfTheActiveMonth() {
        TrackerRunner.Run run = tracker().run("next", "--roadmap", "go-mastery-plan", "--count", "1");
        assertThat(ids(run.out())).containsExactly("go-mastery-plan/quarter-2/month-5/week-17");
        assertThat(run.out()).contains("Month 5 is active");
    }

    @Test
    void gapsShowsTwentyFourTopicsWithL1CompleteInFive() {
        TrackerRunner.Run run = tracker().run("gaps", "go-architect-tracker", "--json");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"L1\" : 19", "\"L2\" : 5", "\"L3\" : 1");
        TrackerRunner.Run text = narrowTracker().run("gaps", "go-architect-tracker");
        List<String> atL2 = text.out().lines().filter(line -> line.endsWith("L2")).map(String::strip).toList();
        assertThat(atL2).hasSize(5).allSatisfy(line -> assertThat(line).matches(
                "(Structs|Slice|Maps|Interfaces|Garbage Collection).*"));
        assertThat(text.out()).containsPattern("L3 Graphing Challenges: Draw from m…? +0/7 ░+ +L3");
    }

    @Test
    void checkingEveryL1SkillOfATopicMovesItsFrontierAndTheNextPlan() {
        TrackerRunner tracker = tracker();
        List<String> l1 = ids(tracker.run("next", "--roadmap", "go-architect-tracker").out());
        TrackerRunner.Run check = tracker.run(prepend("check", l1));
        assertThat(check.exit()).as(check.toString()).isZero();
        assertThat(check.out()).contains("★ complete: L1: Handle errors explicitly");
        assertThat(tracker.run("gaps", "go-architect-tracker").out())
                .containsPattern("Error Handling vs\\. Panics +5/5 █+ +0/5 ░+ +0/5 ░+ +L2");
        List<String> next = ids(tracker.run("next", "--roadmap", "go-architect-tracker").out());
        assertThat(next).hasSize(5).noneMatch(id -> id.startsWith(ERRORS));
        assertThat(next.subList(0, 4)).allSatisfy(id -> assertThat(id).startsWith("go-architect-tracker/defer/l1/"));
    }

    @Test
    void gapsOfATopicListsWhatEachLevelMisses() {
        TrackerRunner.Run run = tracker().run("gaps", "interfaces");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Interfaces · frontier L2")
                .contains("L1 Junior     ██████████ 5/5  complete", "L3 Architect  ░░░░░░░░░░ 0/6  missing 6",
                        "go-architect-tracker/interfaces/l2/mocking");
    }

    @Test
    void gapsOfATopicNamedInSeveralWordsWarnsWhenAHigherLevelIsAhead() {
        TrackerRunner tracker = tracker();
        assertThat(tracker.run("check", "l2/wrapping").exit()).isZero();
        TrackerRunner.Run run = tracker.run("gaps", "error", "handling");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Error Handling vs. Panics · frontier L1")
                .contains("! skipped ahead: skills above L1 are done while it is open");
    }

    @Test
    void nextWithNothingOpenSaysSoAndSucceeds() {
        TrackerRunner tracker = new TrackerRunner(dir).roadmap("done.md", "# Done\n## Week 1\n- [x] http\n- [-] grpc\n");
        TrackerRunner.Run run = tracker.ok("next");
        assertThat(run.out()).isEqualTo("done is complete\nnothing to plan: no skill is open (all done or skipped, or none at all)\n");
    }

    @Test
    void roadmapsWithoutLevelsSaySoInOneLine() {
        assertThat(tracker().run("gaps", "go-4-week-bootcamp").out().strip())
                .isEqualTo("go-4-week-bootcamp: no levels (no headings like \"L1: …\", \"Tier 2\" or \"Beginner\")");
    }

    @Test
    void unknownTopicAndBadCountAreOneLineErrors() {
        TrackerRunner.Run unknown = tracker().run("gaps", "quantum-basket-weaving");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("tracker: no roadmap or topic 'quantum-basket-weaving'").hasLineCount(1);
        TrackerRunner.Run badCount = tracker().run("next", "--count", "0");
        assertThat(badCount.exit()).isEqualTo(2);
        assertThat(badCount.err()).startsWith("tracker: --count must be 1 or more");
    }

    private static List<String> ids(String out) {
        List<String> ids = new java.util.ArrayList<>();
        Matcher m = ITEM_ID.matcher(out);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String[] prepend(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(rest);
        return all.toArray(String[]::new);
    }
}
