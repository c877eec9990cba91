package dev.tracker.cli;

import static dev.tracker.testing.FixtureRoadmaps.CONTROL_FLOW;
import static dev.tracker.testing.FixtureRoadmaps.DEFINE;
import static dev.tracker.testing.FixtureRoadmaps.MOCKING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.JsonTree;
import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** write-marks end to end: the marks written, the rest of each file kept, and every refusal one line. */
class WriteMarksCommandTest {
    @TempDir
    Path tmp;

    private TrackerRunner tracker;

    @BeforeEach
    void roadmaps() {
        tracker = FixtureRoadmaps.both(tmp);
    }

    private String alpha() throws IOException {
        return Files.readString(tracker.roadmapsDir().resolve("alpha.md"));
    }

    @Test
    void writesOnlyTheMarksThatDifferAndHandsTheStateEntriesBack() throws IOException {
        tracker.ok("check", DEFINE);
        tracker.ok("uncheck", MOCKING);
        tracker.ok("start", CONTROL_FLOW);
        String before = alpha();

        Run run = tracker.ok("write-marks");

        assertThat(run.out()).isEqualTo("""
                alpha.md: 3 marks written (the old file: alpha.md.bak)
                beta.md: every mark already says its status; left untouched
                3 state entries handed back to the markdown's marks (the history keeps them)
                """);
        assertThat(alpha()).isEqualTo(before.replace("- [ ] Define", "- [x] Define").replace("- [x] Mocking", "- [ ] Mocking")
                .replace("- [ ] Control", "- [/] Control"));
        assertThat(Files.readString(tracker.roadmapsDir().resolve("alpha.md.bak"))).isEqualTo(before);
        assertThat(JsonTree.asObject(JsonTree.object(tracker.stateText()).get("skills"))).isEmpty();
        assertThat(tracker.stateText()).contains("\"clears\":true");
        assertThat(tracker.ok("list", "alpha").out()).contains("[x] interfaces/l1/define-an-interface",
                "[ ] interfaces/l2/mocking-with-interfaces", "[/] basics/control-flow");
        assertThat(tracker.ok("log").out()).contains("[x] done, written into the markdown");
    }

    @Test
    void writesIntoTheFilesOfEveryRoadmapsFolder() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("gamma.md"), "# Gamma\n\n- [ ] Read\n- [x] Write\n");
        tracker.env("TRACKER_ROADMAPS", tracker.roadmapsDir() + java.io.File.pathSeparator + other);
        tracker.ok("check", DEFINE);
        tracker.ok("uncheck", "gamma/write");

        Run run = tracker.ok("write-marks");

        assertThat(run.out()).contains("alpha.md: 1 mark written", "gamma.md: 1 mark written",
                "2 state entries handed back");
        assertThat(alpha()).contains("- [x] Define");
        assertThat(Files.readString(other.resolve("gamma.md"))).isEqualTo("# Gamma\n\n- [ ] Read\n- [ ] Write\n");
    }

    @Test
    void dryRunPrintsTheDiffAndChangesNothing() throws IOException {
        tracker.ok("check", DEFINE);
        String state = tracker.stateText();
        String before = alpha();

        Run run = tracker.ok("write-marks", "--dry-run");

        assertThat(run.out()).isEqualTo("""
                --- a/alpha.md
                +++ b/alpha.md
                @@ -10,7 +10,7 @@
                \s
                 ### L1: Junior
                \s
                -- [ ] Define an interface
                +- [x] Define an interface
                 - [ ] Implicit satisfaction
                \s
                 ### L2: Senior
                """);
        assertThat(alpha()).isEqualTo(before);
        assertThat(tracker.stateText()).isEqualTo(state);
        assertThat(tracker.roadmapsDir().resolve("alpha.md.bak")).doesNotExist();
    }

    @Test
    void keepsTheFilesModeAndWritesASymlinksTarget() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("elsewhere")).resolve("gamma.md");
        Files.writeString(real, "# Gamma\n\n- [ ] One\n");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Files.createSymbolicLink(tracker.roadmapsDir().resolve("gamma.md"), real);
        tracker.ok("check", "gamma/one");

        Run run = tracker.ok("write-marks", "gamma");

        assertThat(run.out()).contains("gamma.md: 1 mark written", "gamma.md is a symlink: wrote its target, " + real.toRealPath());
        assertThat(Files.isSymbolicLink(tracker.roadmapsDir().resolve("gamma.md"))).isTrue();
        assertThat(Files.readString(real)).isEqualTo("# Gamma\n\n- [x] One\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-r-----");
    }

    @Test
    void aReadOnlyRoadmapIsOneLineExit74AndUntouched() throws IOException {
        tracker.ok("check", DEFINE);
        Path alpha = tracker.roadmapsDir().resolve("alpha.md");
        String before = alpha();
        Files.setPosixFilePermissions(alpha, PosixFilePermissions.fromString("r--r--r--"));

        Run run = tracker.run("write-marks", "alpha");

        assertThat(run.exit()).isEqualTo(74);
        assertThat(run.err()).hasLineCount(1).startsWith("tracker: cannot write roadmap " + alpha + ": it is read-only");
        assertThat(alpha()).isEqualTo(before);
        assertThat(tracker.stateText()).doesNotContain("clears");
    }

    @Test
    void aPlanOfPlainBulletsIsLeftUntouchedSayingSo() throws IOException {
        tracker.roadmap("plan.md", "# Plan\n\n- Read the spec\n- Write a parser\n");
        tracker.ok("check", "plan/read-the-spec");

        Run run = tracker.ok("write-marks", "plan");

        assertThat(run.out()).isEqualTo("plan.md: a plan of plain bullets has no marks to write; left untouched\n");
        assertThat(Files.readString(tracker.roadmapsDir().resolve("plan.md"))).isEqualTo("# Plan\n\n- Read the spec\n- Write a parser\n");
        assertThat(tracker.stateText()).doesNotContain("clears");
    }

    @Test
    void aFileTheLoaderSkippedIsRefusedByName() {
        tracker.roadmapBytes("broken.md", new byte[] {'#', ' ', 0, 1, 2});

        Run run = tracker.run("write-marks", "broken.md");

        assertThat(run.exit()).isEqualTo(65);
        assertThat(run.err()).contains("tracker: cannot write marks into " + tracker.roadmapsDir().resolve("broken.md")
                + ": the loader skipped it (not text");
        Run all = tracker.run("write-marks");
        assertThat(all.exit()).isZero();
        assertThat(all.out()).contains("1 file the loader skipped left untouched");
    }

    @Test
    void theBundledRoadmapsAreNotWritten() {
        TrackerRunner bundled = new TrackerRunner(tmp.resolve("no-roadmaps-here")).env("TRACKER_ROADMAPS", null);
        bundled.ok("check", "go-architect-tracker/interfaces/l2/mocking");

        Run run = bundled.run("write-marks", "go-architect-tracker");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("tracker: cannot write go-architect-tracker.md: it is one of the roadmaps bundled");
    }

    @Test
    void undoOfAChangeTheMarksNowSayWarnsThatTheMarkStays() throws IOException {
        tracker.ok("check", DEFINE);
        tracker.ok("write-marks");
        tracker.ok("undo"); // the write-marks: its override is back, the same status

        Run run = tracker.run("undo");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("tracker: warning: the markdown's mark of " + DEFINE + " says done, not the todo this"
                + " undo restores (write-marks wrote it since, or an edit); set it with check, uncheck, start or skip\n");
    }
}
