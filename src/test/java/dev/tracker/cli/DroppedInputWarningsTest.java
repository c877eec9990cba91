package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input the parser reads otherwise than the author may have meant gets a warning that names the file. */
class DroppedInputWarningsTest {
    @TempDir
    Path tmp;

    @Test
    void aTableWithMarkersBesideMarkedListsIsNamed() {
        TrackerRunner tracker = new TrackerRunner(tmp)
                .roadmap("plan.md", "# Plan\n- [ ] Listed\n\n| Done | Skill |\n|---|---|\n| [x] | Tabled |\n");
        Run run = tracker.run("status");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("tracker: warning: " + tracker.roadmapsDir().resolve("plan.md")
                + ": line 4: a table with markers not read as skills, since the file's lists carry marks"
                + " (make them list items)\n");
        assertThat(run.out()).contains("0/1");
    }

    @Test
    void anEmptyRoadmapsOptionIsAUsageError() {
        TrackerRunner tracker = new TrackerRunner(tmp).roadmap("plan.md", "- [ ] a\n");
        Run run = tracker.run("--roadmaps", "", "status");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("tracker: --roadmaps is empty: give it a folder of .md files or one .md file\n");
    }

    @Test
    void aJsonFileIsNoRoadmap() throws java.io.IOException {
        TrackerRunner tracker = new TrackerRunner(tmp);
        Path json = java.nio.file.Files.writeString(tmp.resolve("state.json"), "{}");
        Run run = tracker.run("--roadmaps", json.toString(), "status");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("tracker: " + json + " is a JSON file, not a markdown roadmap");
    }

    @Test
    void aTextFileIsReadWithAWord() throws java.io.IOException {
        TrackerRunner tracker = new TrackerRunner(tmp);
        Path text = java.nio.file.Files.writeString(tmp.resolve("notes.txt"), "- [ ] a\n");
        Run run = tracker.run("--roadmaps", text.toString(), "status");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("tracker: warning: " + text + " is not named like a roadmap (*.md); read as markdown\n");
        assertThat(run.out()).contains("0/1");
    }

    @Test
    void aFolderOfSubfoldersNamesThem() throws java.io.IOException {
        TrackerRunner tracker = new TrackerRunner(tmp);
        Path top = tmp.resolve("plans");
        java.nio.file.Files.createDirectories(top.resolve("go"));
        java.nio.file.Files.createDirectories(top.resolve("empty"));
        java.nio.file.Files.writeString(top.resolve("go/a.md"), "- [ ] a\n");
        Run run = tracker.run("--roadmaps", top.toString(), "status");
        assertThat(run.exit()).isEqualTo(66);
        assertThat(run.err()).isEqualTo("tracker: no roadmaps (*.md) in " + top + ", but its subfolders go hold some"
                + " (subfolders are not searched): point --roadmaps at " + top.resolve("go")
                + ", or search subfolders too: tracker config recursive true\n");
        tracker.ok("config", "recursive", "true");
        assertThat(tracker.ok("--roadmaps", top.toString(), "status").out()).contains("0/1");
    }

    @Test
    void aMarkerWithoutItsSpaceIsNamed() {
        TrackerRunner tracker = new TrackerRunner(tmp).roadmap("plan.md", "- [ ] a\n- [ ]b\n");
        Run run = tracker.run("status");
        assertThat(run.err()).contains("plan.md: line 2: a marker with no space after it");
    }
}
