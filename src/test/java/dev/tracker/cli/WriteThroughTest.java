package dev.tracker.cli;

import static dev.tracker.testing.FixtureRoadmaps.CONTROL_FLOW;
import static dev.tracker.testing.FixtureRoadmaps.DEFINE;
import static dev.tracker.testing.FixtureRoadmaps.EMBEDDING;
import static dev.tracker.testing.FixtureRoadmaps.MOCKING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TRACKER_WRITE_MARKS=1: every status change also writes its skill's mark. */
class WriteThroughTest {
    @TempDir
    Path tmp;

    private TrackerRunner tracker;

    @BeforeEach
    void roadmaps() {
        tracker = FixtureRoadmaps.both(tmp).env("TRACKER_WRITE_MARKS", "1");
    }

    private String alpha() throws IOException {
        return Files.readString(tracker.roadmapsDir().resolve("alpha.md"));
    }

    @Test
    void checkUncheckStartAndSkipWriteTheirMarks() throws IOException {
        tracker.ok("check", DEFINE);
        assertThat(alpha()).contains("- [x] Define an interface");
        tracker.ok("uncheck", MOCKING);
        assertThat(alpha()).contains("- [ ] Mocking with interfaces");
        tracker.ok("start", CONTROL_FLOW);
        assertThat(alpha()).contains("- [/] Control flow");
        tracker.ok("skip", EMBEDDING);
        assertThat(alpha()).contains("- [-] Embedding interfaces");
        assertThat(alpha()).isEqualTo(FixtureRoadmaps.ALPHA.replace("- [ ] Define", "- [x] Define")
                .replace("- [x] Mocking", "- [ ] Mocking").replace("- [ ] Control", "- [/] Control")
                .replace("- [ ] Embedding", "- [-] Embedding"));
    }

    @Test
    void undoWritesTheMarkBackAndShowsTheStatusRestored() throws IOException {
        tracker.ok("check", DEFINE);

        Run undo = tracker.ok("undo");

        assertThat(undo.out()).contains("[ ] done → todo  " + DEFINE);
        assertThat(alpha()).isEqualTo(FixtureRoadmaps.ALPHA);
        assertThat(tracker.env("TRACKER_WRITE_MARKS", null).ok("list", "alpha").out())
                .contains("[ ] interfaces/l1/define-an-interface");
    }

    @Test
    void aMarkThatCannotBeWrittenLeavesTheStateChangeAndSaysSoInOneLine() throws IOException {
        Path alpha = tracker.roadmapsDir().resolve("alpha.md");
        Files.setPosixFilePermissions(alpha, PosixFilePermissions.fromString("r--r--r--"));

        Run run = tracker.run("check", DEFINE);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("todo → done");
        assertThat(run.err()).hasLineCount(1).startsWith("tracker: warning: cannot write roadmap " + alpha)
                .endsWith("; the state file has the change\n");
        assertThat(alpha()).isEqualTo(FixtureRoadmaps.ALPHA);
        assertThat(tracker.stateText()).contains("\"" + DEFINE + "\": {");
    }

    @Test
    void offByDefaultAndForZero() throws IOException {
        for (String value : new String[] {null, "0", "false"}) {
            tracker.env("TRACKER_WRITE_MARKS", value).ok("check", DEFINE);
            tracker.ok("uncheck", DEFINE);
            assertThat(alpha()).isEqualTo(FixtureRoadmaps.ALPHA);
        }
        assertThat(WriteMarksSetting.from(Map.of("TRACKER_WRITE_MARKS", "yes")).enabled()).isTrue();
        assertThat(WriteMarksSetting.from(Map.of(), WriteMarksSetting.of(true)).enabled()).isTrue();
        assertThat(WriteMarksSetting.from(Map.of("TRACKER_WRITE_MARKS", "0"), WriteMarksSetting.of(true)).enabled()).isFalse();
    }

    @Test
    void theConfigFilesKeyTurnsItOnAndTheEnvironmentWins() throws IOException {
        tracker.env("TRACKER_WRITE_MARKS", null).config("write-marks = true\n").ok("check", DEFINE);
        assertThat(alpha()).contains("- [x] Define an interface");
        tracker.env("TRACKER_WRITE_MARKS", "0").ok("uncheck", DEFINE);
        assertThat(alpha()).contains("- [x] Define an interface");
    }
}
