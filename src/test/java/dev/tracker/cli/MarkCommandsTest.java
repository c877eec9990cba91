package dev.tracker.cli;

import static dev.tracker.testing.FixtureRoadmaps.CONTROL_FLOW;
import static dev.tracker.testing.FixtureRoadmaps.DEFINE;
import static dev.tracker.testing.FixtureRoadmaps.EMBEDDING;
import static dev.tracker.testing.FixtureRoadmaps.IMPLICIT;
import static dev.tracker.testing.FixtureRoadmaps.MOCKING;
import static dev.tracker.testing.JsonTree.asList;
import static dev.tracker.testing.JsonTree.asObject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.JsonTree;
import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check, uncheck, start and skip, each run through a fresh command tree over one state file. */
class MarkCommandsTest {
    @TempDir
    Path tmp;

    private TrackerRunner tracker;

    @BeforeEach
    void roadmaps() {
        tracker = FixtureRoadmaps.both(tmp);
    }

    private Map<String, Object> alphaJson() {
        return asObject(asList(JsonTree.object(tracker.ok("status", "--json").out()).get("roadmaps")).get(0));
    }

    private Map<String, Object> state() {
        return JsonTree.object(tracker.stateText());
    }

    @Test
    void checkPrintsTheChangeAndTheSectionsProgress() {
        String out = tracker.ok("check", DEFINE).out();

        assertThat(out).contains("todo → done", DEFINE, "Define an interface");
        assertThat(out).containsPattern("L1.*[█▒░]+\\s+1/2\\s+50%");
        assertThat(out).doesNotContain("complete");
    }

    @Test
    void aLaterStatusSeesTheCheck() {
        assertThat(alphaJson()).containsEntry("done", 2L);

        tracker.ok("check", DEFINE);

        assertThat(alphaJson()).containsEntry("done", 3L).containsEntry("percent", 42L);
        assertThat(tracker.ok("status").out()).containsPattern("alpha\\s+[█▒░]+\\s+3/7\\s+42%");
    }

    @Test
    void checkWritesTheSkillAndOneHistoryEntryStampedWithTheClock() {
        tracker.ok("check", DEFINE);

        Map<String, Object> state = state();
        assertThat(state).containsEntry("version", 2L);
        assertThat(asObject(state.get("skills"))).containsOnlyKeys(DEFINE);
        assertThat(asObject(asObject(state.get("skills")).get(DEFINE)))
                .containsEntry("status", "done").containsEntry("at", "2026-11-21T09:00:00Z");
        assertThat(asList(state.get("history")).stream().filter(e -> "status".equals(asObject(e).get("kind"))).toList())
                .singleElement().satisfies(entry -> assertThat(asObject(entry))
                .containsEntry("at", "2026-11-21T09:00:00Z").containsEntry("from", "todo").containsEntry("id", DEFINE)
                .containsEntry("kind", "status").containsEntry("to", "done").containsEntry("title", "Define an interface")
                .hasEntrySatisfying("cmd", cmd -> assertThat((String) cmd).matches("20261121T090000\\.000Z-[0-9a-f]{8}")));
    }

    @Test
    void uncheckReturnsToTheMarkdownsMarkAndKeepsTheHistory() {
        tracker.ok("check", DEFINE);

        String out = tracker.ok("uncheck", DEFINE).out();

        assertThat(out).contains("done → todo", DEFINE);
        assertThat(asObject(state().get("skills"))).isEmpty();
        assertThat(asList(state().get("history")).stream().filter(e -> "status".equals(asObject(e).get("kind"))).toList()).hasSize(2)
                .extracting(e -> asObject(e).get("to")).containsExactly("done", "todo");
        assertThat(alphaJson()).containsEntry("done", 2L);
    }

    @Test
    void uncheckOfASkillTheMarkdownMarksDoneIsRemembered() {
        tracker.ok("uncheck", MOCKING);

        assertThat(asObject(asObject(state().get("skills")).get(MOCKING))).containsEntry("status", "todo");
        assertThat(alphaJson()).containsEntry("done", 1L);
    }

    @Test
    void startAndSkipShowInStatus() {
        tracker.ok("start", CONTROL_FLOW);
        tracker.ok("skip", EMBEDDING);

        assertThat(alphaJson()).containsEntry("inProgress", 2L).containsEntry("skipped", 1L)
                .containsEntry("done", 2L).containsEntry("percent", 33L);
        assertThat(tracker.ok("status").out()).containsPattern("alpha\\s+[█▒░]+\\s+2/7\\s+33%\\s+2 in progress, 1 skipped");
    }

    @Test
    void startPrintsTheInProgressChange() {
        assertThat(tracker.ok("start", CONTROL_FLOW).out()).contains("todo → in-progress", CONTROL_FLOW)
                .containsPattern("Basics\\s+[█▒░]+\\s+1/3\\s+33%");
    }

    @Test
    void completingALevelSaysSo() {
        tracker.ok("check", DEFINE);

        String out = tracker.ok("check", IMPLICIT).out();

        assertThat(out).containsPattern("L1.*[█▒░]+\\s+2/2\\s+100%");
        assertThat(out).contains("complete: L1: Junior").doesNotContain("complete: Interfaces");
    }

    @Test
    void completingALevelWithOneCommandSaysSoOnce() {
        String out = tracker.ok("check", DEFINE, IMPLICIT).out();

        assertThat(out).contains("todo → done  " + DEFINE, "todo → done  " + IMPLICIT);
        assertThat(out.split("complete: L1: Junior", -1)).as(out).hasSize(2);
    }

    @Test
    void skippingTheLastOpenSkillCompletesItsSections() {
        tracker.ok("check", DEFINE, IMPLICIT);

        assertThat(tracker.ok("skip", EMBEDDING).out()).contains("todo → skipped", "complete: L2: Senior", "complete: Interfaces");
    }

    @Test
    void aSkillIsFoundByTheWordsOfItsTitle() {
        assertThat(tracker.ok("check", "implicit", "satisfaction").out()).contains(IMPLICIT);
        assertThat(tracker.ok("check", "l1/define-an-interface").out()).as("by the end of its id").contains(DEFINE);
    }

    @Test
    void checkingWhatIsAlreadyDoneWritesNothing() {
        tracker.ok("check", MOCKING);

        assertThat(tracker.ok("check", MOCKING).out()).contains("already done", MOCKING);
        assertThat(tracker.stateFile()).doesNotExist();
    }

    @Test
    void aSecondChangeKeepsTheFirstAsBackup() {
        tracker.ok("check", DEFINE);
        String first = tracker.stateText();

        tracker.ok("start", CONTROL_FLOW);

        assertThat(tracker.stateFile().resolveSibling("state.json.bak")).hasContent(first);
        assertThat(asList(state().get("history")).stream().filter(e -> "status".equals(asObject(e).get("kind"))).toList()).hasSize(2);
    }

    @Test
    void entriesWhoseSkillIsGoneAreKept() throws IOException {
        String orphan = "alpha/removed-topic/old-skill";
        Files.writeString(tracker.stateFile(), "{\n  \"skills\": {\n    \"" + orphan
                + "\": {\"at\":\"2026-01-01T00:00:00Z\",\"status\":\"done\",\"title\":\"Old skill\"}\n  },\n  \"version\": 1\n}\n");

        tracker.ok("check", DEFINE);

        assertThat(asObject(state().get("skills"))).containsOnlyKeys(orphan, DEFINE);
        assertThat(asObject(asObject(state().get("skills")).get(orphan))).containsEntry("title", "Old skill");
    }
}
