package dev.tracker.cli;

import static dev.tracker.testing.FixtureRoadmaps.CONTROL_FLOW;
import static dev.tracker.testing.FixtureRoadmaps.DEFINE;
import static dev.tracker.testing.FixtureRoadmaps.MOCKING;
import static dev.tracker.testing.JsonTree.asList;
import static dev.tracker.testing.JsonTree.asObject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.JsonTree;
import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** log and undo, round trips through the state file, each step a fresh command tree. */
class HistoryCommandsTest {
    private static final String AT = "2026-11-21T09:00:00Z";

    @TempDir
    Path tmp;

    private TrackerRunner tracker;

    @BeforeEach
    void roadmaps() {
        tracker = FixtureRoadmaps.both(tmp);
    }

    private Run failsInOneLine(int exit, String... args) {
        Run run = tracker.fails(exit, args);
        assertThat(run.err()).hasLineCount(1);
        return run;
    }

    private List<Object> logEntries(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "log";
        args[1] = "--json";
        System.arraycopy(options, 0, args, 2, options.length);
        return asList(JsonTree.object(tracker.ok(args).out()).get("entries"));
    }

    @Test
    void checkCheckUndoUndoLeavesFourEntriesAndTheStatusAsItWas() {
        String before = tracker.ok("status", "--json").out();
        tracker.ok("check", DEFINE);
        tracker.ok("check", CONTROL_FLOW);

        assertThat(tracker.ok("undo").out()).startsWith("undo: reverted `check` of 2026-11-21 09:00 (todo → done)\n"
                + "[ ] done → todo  " + CONTROL_FLOW + "\n");
        assertThat(tracker.ok("undo").out()).contains("done → todo  " + DEFINE);

        assertThat(logEntries()).extracting(e -> withOnly(e, "at", "id", "from", "to", "undo")).containsExactly(
                Map.of("at", AT, "id", DEFINE, "from", "done", "to", "todo", "undo", true),
                Map.of("at", AT, "id", CONTROL_FLOW, "from", "done", "to", "todo", "undo", true),
                Map.of("at", AT, "id", CONTROL_FLOW, "from", "todo", "to", "done", "undo", false),
                Map.of("at", AT, "id", DEFINE, "from", "todo", "to", "done", "undo", false));
        assertThat(tracker.ok("status", "--json").out()).isEqualTo(before);
        assertThat(asObject(JsonTree.object(tracker.stateText()).get("skills"))).isEmpty();
    }

    @Test
    void undoWithNothingLeftExitsOneAndWritesNothing() throws Exception {
        tracker.ok("check", DEFINE);
        tracker.ok("undo");
        String state = tracker.stateText();

        assertThat(failsInOneLine(1, "undo").err()).contains("nothing left to undo");
        assertThat(tracker.stateText()).isEqualTo(state);
    }

    @Test
    void undoOnAFreshMachineExitsOneAndCreatesNoFile() throws Exception {
        assertThat(failsInOneLine(1, "undo").err()).isEqualTo("tracker: nothing to undo: no change has been made yet\n");
        assertThat(tracker.stateFile()).doesNotExist();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("state.json.lock");
        }
    }

    @Test
    void undoRestoresAnOverrideOfTheMarkdownsMark() {
        tracker.ok("uncheck", MOCKING);
        tracker.ok("undo");

        assertThat(asObject(JsonTree.object(tracker.stateText()).get("skills"))).doesNotContainKey(MOCKING);
        assertThat(tracker.ok("show", MOCKING).out()).contains("status   done, as the markdown marks it; last changed 2026-11-21 09:00");
    }

    @Test
    void undoOfASkillNoLongerInTheRoadmapsRevertsItAndNamesIt() throws Exception {
        tracker.roadmap("gone.md", "# Gone\n\n- [ ] Vanishing act\n");
        tracker.ok("check", "gone/vanishing-act");
        Files.delete(tracker.roadmapsDir().resolve("gone.md"));

        assertThat(tracker.ok("undo").out()).contains("gone/vanishing-act", "no longer in the roadmaps");
        assertThat(asObject(JsonTree.object(tracker.stateText()).get("skills"))).as("the history replayed without the check")
                .doesNotContainKey("gone/vanishing-act");
    }

    @Test
    void oneUndoRevertsACheckOfSeveralSkills() {
        tracker.ok("check", DEFINE, CONTROL_FLOW);

        assertThat(tracker.ok("undo").out()).contains("2 skills", DEFINE, CONTROL_FLOW);
        assertThat(asObject(JsonTree.object(tracker.stateText()).get("skills"))).isEmpty();
        assertThat(failsInOneLine(1, "undo").err()).contains("nothing left to undo");
    }

    private static Map<String, Object> withOnly(Object entry, String... keys) {
        Map<String, Object> kept = new java.util.LinkedHashMap<>();
        for (String key : keys) {
            kept.put(key, asObject(entry).get(key));
        }
        return kept;
    }

    @Test
    void aChangeAfterAnUndoIsWhatTheNextUndoReverts() {
        tracker.ok("check", DEFINE);
        tracker.ok("undo");
        tracker.ok("start", CONTROL_FLOW);

        Map<String, Object> undo = JsonTree.object(tracker.ok("undo", "--json").out());

        assertThat(asObject(undo.get("reverted"))).containsEntry("id", CONTROL_FLOW).containsEntry("to", "in-progress")
                .containsEntry("undo", false);
        assertThat(asObject(undo.get("change"))).containsEntry("from", "in-progress").containsEntry("to", "todo")
                .containsEntry("undo", true);
        assertThat(failsInOneLine(1, "undo").err()).contains("nothing left to undo");
    }

    @Test
    void logIsNewestFirstWithEachIdWholeOnALineOfItsOwn() {
        assertThat(tracker.ok("log").out()).isEqualTo("no changes yet; check, uncheck, start, skip and undo record them\n");
        tracker.ok("check", DEFINE);
        tracker.ok("skip", CONTROL_FLOW);
        tracker.ok("undo");

        assertThat(tracker.ok("log").out()).isEqualTo("""
                2026-11-21 09:00  [ ] skipped → todo  (undo)
                  alpha/basics/control-flow
                2026-11-21 09:00  [-] todo → skipped
                  alpha/basics/control-flow
                2026-11-21 09:00  [x] todo → done
                  alpha/interfaces/l1/define-an-interface
                """);
        assertThat(tracker.ok("log", "-n", "1").out()).hasLineCount(2).contains("(undo)");
        assertThat(logEntries("--max-count", "2")).hasSize(2);
    }

    @Test
    void logSinceADay() {
        tracker.ok("check", DEFINE);

        assertThat(logEntries("--since", "2026-11-21")).hasSize(1);
        assertThat(logEntries("--since", "2026-11-22")).isEmpty();
        assertThat(tracker.ok("log", "--since", "2026-11-22").out()).isEqualTo("no changes since 2026-11-22 (1 before it)\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-2-3", "2026-02-30", "21/11/2026", ""})
    void aBadDateIsAOneLineUsageError(String date) {
        assertThat(failsInOneLine(2, "log", "--since", date).err()).contains("yyyy-MM-dd", "'" + date + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1"})
    void aCountBelowOneIsAOneLineUsageError(String count) {
        assertThat(failsInOneLine(2, "log", "-n", count).err()).contains("-n must be 1 or more");
    }

    @Test
    void logReadsNoRoadmap() {
        tracker.ok("check", DEFINE);
        tracker.env("TRACKER_ROADMAPS", tmp.resolve("no-such-folder").toString());

        assertThat(tracker.ok("log").out()).contains(DEFINE);
    }
}
