package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state file git merged as text (conflict markers): readers warn, doctor says what it is, --resolve merges it. */
class ConflictedStateTest {
    private static final String PLAN = "# Plan\n- [ ] **Channels:** buffered\n- [ ] **Select:** several\n- [ ] **Context:** cancel\n";

    @TempDir
    Path dir;

    private TrackerRunner tracker;
    private String conflicted;

    /** Two machines changed the state apart; `git merge-file` merges them as git does without the driver. */
    @BeforeEach
    void conflictedStateFile() throws IOException, InterruptedException {
        tracker = new TrackerRunner(dir.resolve("here")).roadmap("plan.md", PLAN);
        TrackerRunner other = new TrackerRunner(dir.resolve("there")).roadmap("plan.md", PLAN);
        tracker.ok("check", "channels");
        Files.copy(tracker.stateFile(), dir.resolve("base.json"));
        Files.copy(tracker.stateFile(), other.stateFile());
        tracker.ok("check", "select");
        other.ok("start", "context");
        Process merge = new ProcessBuilder("git", "merge-file", "-L", "HEAD", "-L", "base", "-L", "laptop",
                tracker.stateFile().toString(), dir.resolve("base.json").toString(), other.stateFile().toString()).start();
        assumeTrue(merge.waitFor() == 1, "git merge-file gives one conflict (is git installed?)");
        conflicted = tracker.stateText();
        assertThat(conflicted).contains("<<<<<<< HEAD\n", "=======\n", ">>>>>>> laptop\n");
    }

    @Test
    void readingCommandsShowTheMarkdownsMarksWithAOneLineWarning() {
        TrackerRunner.Run run = tracker.run("status", "--json");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"done\" : 0");
        assertThat(run.err()).startsWith("tracker: warning: state file").contains("git conflict markers",
                "tracker doctor --resolve").hasLineCount(1);
    }

    @Test
    void writingCommandsRefuseItAndLeaveItAsItWas() {
        TrackerRunner.Run run = tracker.fails(65, "check", "context");

        assertThat(run.err()).contains("git conflict markers").hasLineCount(1);
        assertThat(tracker.stateText()).isEqualTo(conflicted);
    }

    @Test
    void doctorSaysWhatItIsAndHowToResolveIt() {
        TrackerRunner.Run run = tracker.run("doctor");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("holds git conflict markers: git merged it as text", "tracker doctor --resolve");
        assertThat(tracker.stateText()).isEqualTo(conflicted);
    }

    @Test
    void resolveMergesBothSidesAsTheDriverWouldAndKeepsTheOriginal() throws IOException {
        TrackerRunner.Run run = tracker.run("doctor", "--resolve");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("resolved the conflict in", "1 commands in both, 1 only in ours, 1 only in theirs");
        assertThat(tracker.ok("status", "--json").out()).contains("\"done\" : 2", "\"inProgress\" : 1");
        assertThat(Files.readString(kept().get(0))).isEqualTo(conflicted);
    }

    @Test
    void aSecondResolveAtTheSameSecondKeepsItsOwnCopyBesideTheFirst() throws IOException {
        tracker.ok("doctor", "--resolve");
        Files.writeString(tracker.stateFile(), conflicted.replace("\"select\"", "\"select\""));

        tracker.ok("doctor", "--resolve");

        assertThat(kept()).hasSize(2).allSatisfy(file -> assertThat(Files.readString(file)).isEqualTo(conflicted));
    }

    @Test
    void resolveWithoutAConflictSaysSoAndWritesNothing() throws IOException {
        tracker.ok("doctor", "--resolve");
        String resolved = tracker.stateText();

        TrackerRunner.Run run = tracker.fails(1, "doctor", "--resolve");

        assertThat(run.err()).contains("holds no git conflict markers").hasLineCount(1);
        assertThat(tracker.stateText()).isEqualTo(resolved);
    }

    private List<Path> kept() throws IOException {
        try (Stream<Path> files = Files.list(tracker.stateFile().getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith("state.json.replaced-")).sorted().toList();
        }
    }
}
