package dev.tracker.cli;

import static dev.tracker.testing.FixtureRoadmaps.DEFINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure: its exit code, one line on stderr that names the culprit, and no state written. */
class BadInputTest {
    @TempDir
    Path tmp;

    /** Exit code as expected, nothing on stdout, a single "tracker: " line on stderr holding every fragment. */
    private static void assertFails(Run run, int exit, String... fragments) {
        assertThat(run.exit()).as(run.toString()).isEqualTo(exit);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).as(run.toString()).hasSize(1)
                .singleElement().asString().startsWith("tracker: ").contains(fragments);
    }

    private static void assertNoStateWritten(TrackerRunner tracker) throws IOException {
        assertThat(tracker.stateFile()).doesNotExist();
        assertThat(tracker.stateFile().resolveSibling("state.json.bak")).doesNotExist();
        try (var files = Files.list(tracker.dir())) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp"));
        }
    }

    @Test
    void missingRoadmapsFolderIsNoInput() throws IOException {
        TrackerRunner tracker = new TrackerRunner(tmp);

        assertFails(tracker.run("status"), 66, tracker.roadmapsDir().toString());
        assertFails(tracker.run("check", "anything"), 66, tracker.roadmapsDir().toString());
        assertNoStateWritten(tracker);
    }

    @Test
    void missingRoadmapsOptionNamesThePathGiven() throws IOException {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);
        Path missing = tmp.resolve("elsewhere/roadmaps");

        assertFails(tracker.run("--roadmaps", missing.toString(), "status"), 66, missing.toString());
        assertNoStateWritten(tracker);
    }

    @Test
    void emptyRoadmapsFolderIsNoInput() throws IOException {
        TrackerRunner tracker = new TrackerRunner(tmp);
        Files.createDirectories(tracker.roadmapsDir());
        Files.writeString(tracker.roadmapsDir().resolve("notes.txt"), "- [ ] not a roadmap\n");

        assertFails(tracker.run("status"), 66, tracker.roadmapsDir().toString());
        assertFails(tracker.run("check", "roadmap"), 66, tracker.roadmapsDir().toString());
        assertNoStateWritten(tracker);
    }

    @Test
    void aRoadmapWithNulBytesIsSkippedWithAWarningAndTheOthersStillLoad() throws IOException {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp)
                .roadmapBytes("broken.md", "# Broken\n- [ ] a\0b\n".getBytes(StandardCharsets.UTF_8));
        String file = tracker.roadmapsDir().resolve("broken.md").toString();

        TrackerRunner.Run status = tracker.run("status");
        assertThat(status.exit()).isZero();
        assertThat(status.err()).startsWith("tracker: warning: skipped " + file).contains("not text").hasLineCount(1);
        assertThat(status.out()).contains("alpha", "beta").doesNotContain("broken");
        assertNoStateWritten(tracker);
    }

    @Test
    void unknownRoadmapFailsAndNamesTheRoadmapsThereAre() throws IOException {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);

        assertFails(tracker.run("status", "gamma"), 1, "'gamma'", "alpha, beta");
        assertNoStateWritten(tracker);
    }

    @Test
    void unknownSkillFailsAndChangesNothing() throws IOException {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);

        assertFails(tracker.run("check", "zzzqqqxxx"), 1, "'zzzqqqxxx'");
        assertFails(tracker.run("skip", "zzzqqqxxx", "wwwvvv"), 1, "no skill matches");
        assertNoStateWritten(tracker);
    }

    @Test
    void ambiguousSkillIsAUsageErrorThatListsTheCandidates() throws IOException {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);

        Run run = tracker.run("check", "interface");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("tracker: 'interface' matches").contains("nothing was changed")
                .contains("define-an-interface", "implicit-satisfaction", "mocking-with-interfaces", "embedding-interfaces");
        assertNoStateWritten(tracker);
    }

    @Test
    void aDamagedStateFileIsRefusedAndLeftByteIdentical() throws IOException {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);
        byte[] damaged = "{\n  \"history\": [],\n  \"skills\": {,\n  \"version\": 1\n}\n".getBytes(StandardCharsets.UTF_8);
        Files.write(tracker.stateFile(), damaged);

        assertFails(tracker.run("check", DEFINE), 65, tracker.stateFile().toString(), "line 3, column");
        TrackerRunner.Run status = tracker.run("status");
        assertThat(status.exit()).as("reading commands still run, on the markdown's own marks").isZero();
        assertThat(status.err()).startsWith("tracker: warning: state file " + tracker.stateFile())
                .contains("markdown's own marks").hasLineCount(1);
        assertThat(status.out()).isNotEmpty();

        assertThat(tracker.stateFile()).hasBinaryContent(damaged);
        assertThat(tracker.stateFile().resolveSibling("state.json.bak")).doesNotExist();
    }

    @Test
    void aStateFileFromANewerTrackerIsRefused() throws IOException {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);
        String newer = "{\n  \"version\": 3\n}\n";
        Files.writeString(tracker.stateFile(), newer);

        assertFails(tracker.run("check", DEFINE), 65, tracker.stateFile().toString(), "version 3");
        assertThat(tracker.stateFile()).hasContent(newer);
    }

    @Test
    void anUnknownCommandIsAUsageError() throws IOException {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);

        Run run = tracker.run("frobnicate");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("tracker: 'frobnicate' is not a command; `tracker help` lists the commands\n");
        assertThat(run.out()).isEmpty();
        assertNoStateWritten(tracker);
    }

    @Test
    void aMisspeltCommandGetsTheNearestOneInOneLine() throws IOException {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);

        assertThat(tracker.run("chek", "x").err()).isEqualTo("tracker: 'chek' is not a command; did you mean 'check'?\n");
        assertThat(tracker.run("--no-color", "statuss").err()).isEqualTo("tracker: 'statuss' is not a command; did you mean 'status'?\n");
        assertThat(tracker.run("undoo").exit()).isEqualTo(2);
        assertThat(tracker.run("__compl").err()).doesNotContain("__complete");
        assertNoStateWritten(tracker);
    }

    @Test
    void helpPrintsWhatHelpOptionsPrint() throws IOException {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);

        assertThat(tracker.ok("help").out()).isEqualTo(tracker.ok("--help").out());
        assertThat(tracker.ok("help", "check").out()).isEqualTo(tracker.ok("check", "--help").out());
        Run unknown = tracker.run("help", "chek");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("tracker: 'chek' is not a command; did you mean 'check'?\n");
    }

    @Test
    void aQueryIsRequired() {
        Run run = FixtureRoadmaps.both(tmp).run("check");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("tracker: ").contains("QUERY");
    }

    @Test
    void aStateFolderThatCannotBeCreatedIsCannotCreate() throws IOException {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);
        Files.writeString(tmp.resolve("plain-file"), "not a folder\n");
        Path state = tmp.resolve("plain-file/tracker/state.json");

        assertFails(tracker.run("check", "--state", state.toString(), DEFINE), 73, tmp.resolve("plain-file").toString());
        assertThat(tmp.resolve("plain-file")).hasContent("not a folder\n");
    }
}
