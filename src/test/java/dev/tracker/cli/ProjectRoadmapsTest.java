package dev.tracker.cli;

import static dev.tracker.testing.JsonTree.asList;
import static dev.tracker.testing.JsonTree.asObject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.JsonTree;
import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's own five roadmaps (the project's roadmaps/ folder), read through --roadmaps. */
class ProjectRoadmapsTest {
    private static final String MOCKING = "go-architect-tracker/interfaces/l2/mocking";

    @TempDir
    Path tmp;

    private TrackerRunner tracker;
    private String roadmaps;

    @BeforeEach
    void runner() {
        tracker = new TrackerRunner(tmp);
        roadmaps = TrackerRunner.fixtureRoadmaps().toString();
    }

    private Run ok(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--roadmaps";
        all[1] = roadmaps;
        System.arraycopy(args, 0, all, 2, args.length);
        Run run = tracker.run(all);
        assertThat(run.exit()).as(run.toString()).isZero();
        return run;
    }

    /** id → "done/total", from status --json. */
    private Map<String, String> doneOfTotal() {
        Map<String, String> counts = new LinkedHashMap<>();
        for (Object roadmap : asList(JsonTree.object(ok("status", "--json").out()).get("roadmaps"))) {
            Map<String, Object> r = asObject(roadmap);
            counts.put((String) r.get("id"), r.get("done") + "/" + r.get("total"));
        }
        return counts;
    }

    @Test
    void statusJsonCountsEveryRoadmap() {
        assertThat(doneOfTotal()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "go-architect-tracker", "24/374",
                "concurrency-god-mode", "16/49",
                "go-mastery-plan", "16/28",
                "go-4-week-bootcamp", "0/55",
                "senior-go-14-day-plan", "0/146"));
    }

    @Test
    void statusOfARoadmapListsItsTopics() {
        String out = ok("status", "go-architect-tracker").out();

        assertThat(out).startsWith("go-architect-tracker · Go Architect Progress Tracker\n");
        assertThat(out).containsPattern("Interfaces\\s+[█▒░]+\\s+5/16\\s+31%")
                .containsPattern("Error Handling vs. Panics\\s+[█▒░]+\\s+0/15\\s+0%");
    }

    @Test
    void checkByIdThenUncheckGoesBackToTheMarkdown() {
        String out = ok("check", MOCKING).out();

        assertThat(out).contains("todo → done  " + MOCKING).containsPattern("L2.*[█▒░]+\\s+1/5\\s+20%");
        assertThat(doneOfTotal()).containsEntry("go-architect-tracker", "25/374");

        ok("uncheck", MOCKING);

        assertThat(doneOfTotal()).containsEntry("go-architect-tracker", "24/374");
        Map<String, Object> state = JsonTree.object(tracker.stateText());
        assertThat(asObject(state.get("skills"))).isEmpty();
        assertThat(asList(state.get("history")).stream().filter(e -> "status".equals(asObject(e).get("kind"))).toList())
                .hasSize(2).allSatisfy(e -> assertThat(asObject(e)).containsEntry("id", MOCKING));
    }

    @Test
    void anAmbiguousQueryListsTheCandidateIdsAndWritesNothing() {
        Run run = tracker.run("--roadmaps", roadmaps, "check", "syntax");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        List<String> lines = run.err().lines().toList();
        assertThat(lines.get(0)).startsWith("tracker: 'syntax' matches 13 skills; nothing was changed");
        // at most ten candidates, each by the unique end of its id, then how many more
        assertThat(lines.subList(1, 11)).allMatch(line -> line.matches("  [a-z0-9-]+/l1/syntax  .*"));
        assertThat(lines.subList(11, lines.size())).containsExactly("  … and 3 more; add a word to narrow it");
        assertThat(run.err()).contains("  interfaces/l1/syntax  ");
        assertThat(tracker.stateFile()).doesNotExist();
    }

    @Test
    void anAmbiguousQueryLeavesAnExistingStateFileAlone() {
        ok("check", MOCKING);
        String before = tracker.stateText();

        assertThat(tracker.run("--roadmaps", roadmaps, "skip", "syntax").exit()).isEqualTo(2);

        assertThat(tracker.stateText()).isEqualTo(before);
    }

    @Test
    void everyStatusLineFitsANarrowTerminal() {
        tracker.env("COLUMNS", "60");

        List<String> tooWide = ok("status", "--depth", "3").out().lines()
                .filter(line -> line.codePointCount(0, line.length()) > 60).toList();

        assertThat(tooWide).as("lines wider than $COLUMNS=60 (counting code points, a lower bound)").isEmpty();
    }
}
