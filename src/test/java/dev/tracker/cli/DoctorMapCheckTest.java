package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history is the source of truth: doctor finds a skills map that is not its replay, and rebuilds it. */
class DoctorMapCheckTest {
    private static final String PLAN = """
            # Plan
            - [ ] Channels
            - [ ] Select
            - [ ] Context
            """;

    @TempDir
    Path dir;

    private TrackerRunner tracker() {
        TrackerRunner tracker = new TrackerRunner(dir).roadmap("plan.md", PLAN);
        tracker.ok("check", "channels");
        tracker.ok("start", "select");
        return tracker;
    }

    /** The history lines of a state file, which a rebuild must leave as they were. */
    private static String history(String state) {
        return state.substring(state.indexOf("\"history\""), state.indexOf("\"skills\""));
    }

    @Test
    void aMapThatAgreesWithTheHistoryIsLeftAlone() throws IOException {
        TrackerRunner tracker = tracker();
        String before = tracker.stateText();
        TrackerRunner.Run run = tracker.ok("doctor");
        assertThat(run.out()).doesNotContain("disagreed");
        assertThat(tracker.stateText()).isEqualTo(before);
    }

    @Test
    void aHandEditedMapIsRebuiltFromTheHistoryNothingOfTheHistoryLost() throws IOException {
        TrackerRunner tracker = tracker();
        String written = tracker.stateText();
        // someone edits the map by hand: a status changed, one entry dropped, one invented
        String edited = written.replace("\"status\":\"done\"", "\"status\":\"skipped\"")
                .replaceAll(",?\\n    \"plan/select\": \\{[^}]*\\}", "")
                .replace("\"skills\": {", "\"skills\": {\n    \"plan/ghost\": {\"at\":\"2026-11-21T09:00:00Z\",\"status\":\"done\",\"title\":\"Ghost\"},");
        assertThat(edited).isNotEqualTo(written).contains("plan/ghost").doesNotContain("\"plan/select\": {");
        Files.writeString(tracker.stateFile(), edited);

        TrackerRunner.Run run = tracker.ok("doctor");

        assertThat(run.out()).contains("the state file's \"skills\" map disagreed with its history on 3 skills",
                "plan/channels, plan/ghost, plan/select", "rebuilt it from the history",
                "\n  the previous file is kept as state.json.bak\n");
        assertThat(tracker.stateText()).isEqualTo(written);
        assertThat(history(tracker.stateText())).isEqualTo(history(edited));
        assertThat(tracker.stateFile().resolveSibling("state.json.bak")).hasContent(edited);
        assertThat(tracker.ok("doctor").out()).doesNotContain("disagreed");
    }

    @Test
    void readersAlreadyFollowTheHistoryNotTheMap() throws IOException {
        TrackerRunner tracker = tracker();
        Files.writeString(tracker.stateFile(), tracker.stateText().replace("\"status\":\"done\"", "\"status\":\"skipped\""));
        assertThat(tracker.ok("show", "channels").out()).contains("[x]");
    }
}
