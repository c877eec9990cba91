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
}
