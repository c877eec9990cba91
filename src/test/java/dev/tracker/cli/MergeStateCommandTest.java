package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `tracker merge-state BASE OURS THEIRS`, as git runs it: the union written over OURS, or nothing written. */
class MergeStateCommandTest {
    private static final String PLAN = """
            # Plan
            - [ ] **Channels:** buffered and unbuffered
            - [ ] **Select:** several channels at once
            - [ ] **Context:** cancellation
            """;

    @TempDir
    Path dir;

    private TrackerRunner machine(String name) {
        return new TrackerRunner(dir.resolve(name)).roadmap("plan.md", PLAN);
    }

    @Test
    void theUnionOfBothSidesIsWrittenOverOursAndTheirsIsLeftAlone() throws IOException {
        TrackerRunner laptop = machine("laptop");
        TrackerRunner desktop = machine("desktop");
        laptop.ok("check", "channels");
        Files.copy(laptop.stateFile(), dir.resolve("base.json"));
        Files.copy(laptop.stateFile(), desktop.stateFile());
        laptop.ok("check", "select");
        desktop.ok("start", "context");
        String theirs = desktop.stateText();

        TrackerRunner.Run run = laptop.ok("merge-state", dir.resolve("base.json").toString(),
                laptop.stateFile().toString(), desktop.stateFile().toString());

        assertThat(run.out()).isEqualTo("tracker: merged the state: 1 command in both, 1 only here, 1 only there; "
                + "3 skills set\n");
        assertThat(laptop.ok("status", "--json").out()).contains("\"done\" : 2", "\"inProgress\" : 1");
        assertThat(laptop.stateText().split("\"kind\":\"status\"", -1)).as("three entries, none doubled").hasSize(4);
        assertThat(desktop.stateText()).isEqualTo(theirs);
    }

    @Test
    void pathsAreReadFromTheWorkingFolderAsGitGivesThem() throws IOException {
        TrackerRunner tracker = machine("repo");
        tracker.ok("check", "channels");
        Files.copy(tracker.stateFile(), tracker.dir().resolve(".merge_file_b"));
        Files.writeString(tracker.dir().resolve(".merge_file_o"), "");

        tracker.ok("merge-state", ".merge_file_o", "state.json", ".merge_file_b");

        assertThat(tracker.ok("status", "--json").out()).contains("\"done\" : 1");
    }

    @Test
    void aSideThatCannotBeReadStopsTheMergeWithOursByteForByte() throws IOException {
        TrackerRunner tracker = machine("repo");
        tracker.ok("check", "channels");
        Path broken = tracker.dir().resolve("theirs.json");
        Files.writeString(broken, "{\n<<<<<<< HEAD\n");
        byte[] ours = Files.readAllBytes(tracker.stateFile());

        TrackerRunner.Run run = tracker.fails(65, "merge-state", "base.json", "state.json", "theirs.json");
        TrackerRunner.Run reversed = tracker.fails(65, "merge-state", "base.json", "theirs.json", "state.json");

        assertThat(run.err()).startsWith("tracker: cannot merge: state file " + broken.toRealPath())
                .contains("git conflict markers", "nothing was written").hasLineCount(1);
        assertThat(Files.readAllBytes(tracker.stateFile())).isEqualTo(ours);
        assertThat(Files.readString(broken)).as(reversed.err()).isEqualTo("{\n<<<<<<< HEAD\n");
    }

    @Test
    void aMissingSideIsOneLineAndExit66() {
        TrackerRunner tracker = machine("repo");
        tracker.ok("check", "channels");
        String before = tracker.stateText();

        TrackerRunner.Run run = tracker.fails(66, "merge-state", "o", "state.json", "gone.json");

        assertThat(run.err()).contains("gone.json is not a file").hasLineCount(1);
        assertThat(tracker.stateText()).isEqualTo(before);
    }

    @Test
    void aVersionOneSideIsMigratedAndMergedIntoVersionTwo() throws IOException {
        TrackerRunner tracker = machine("repo");
        tracker.ok("check", "channels");
        Files.writeString(tracker.dir().resolve("v1.json"), """
                {
                  "history": [
                    {"at":"2026-11-01T09:00:00Z","from":"todo","id":"plan/select","to":"done"}
                  ],
                  "skills": {
                    "plan/select": {"at":"2026-11-01T09:00:00Z","status":"done","title":"Select"}
                  },
                  "version": 1
                }
                """);

        tracker.ok("merge-state", "o", "state.json", "v1.json");

        assertThat(tracker.stateText()).contains("\"version\": 2", "\"plan/select\": {");
        assertThat(tracker.ok("status", "--json").out()).contains("\"done\" : 2");
    }

    @Test
    void fewerThanThreeFilesIsAUsageError() {
        assertThat(machine("repo").run("merge-state", "a", "b").exit()).isEqualTo(2);
    }
}
