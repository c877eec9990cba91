package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18.3: progress of one roadmap never shows on another; a collision of ids is said, on stderr and by doctor. */
class RoadmapIdCollisionTest {
    @TempDir
    Path dir;

    @Test
    void accentedAndOtherScriptNamesAreRoadmapsOfTheirOwn() {
        TrackerRunner tracker = new TrackerRunner(dir).roadmap("plan.md", "# A\n- [ ] alpha\n")
                .roadmap("pl\u00E1n.md", "# B\n- [ ] alpha\n").roadmap("\u65E5\u672C.md", "# C\n- [ ] alpha\n");
        tracker.ok("check", "pl\u00E1n/alpha");

        TrackerRunner.Run status = tracker.ok("status");
        assertThat(status.out()).containsPattern("plan +\\S+ +0/1").containsPattern("pl\u00E1n +\\S+ +1/1")
                .containsPattern("\u65E5\u672C +\\S+ +0/1");
        assertThat(status.err()).isEmpty();
    }

    @Test
    void aCollisionIsNumberedStablyAndReportedOnStderrAndByDoctor() {
        TrackerRunner tracker = new TrackerRunner(dir).roadmap("plan.md", "# A\n- [ ] alpha\n")
                .roadmap("Plan.md", "# B\n- [ ] beta\n");
        assertThat(tracker.run("check", "plan-2/beta").exit()).isZero();

        TrackerRunner.Run status = tracker.run("status");
        assertThat(status.exit()).isZero();
        String warning = "tracker: warning: roadmaps Plan.md, plan.md make the same id \"plan\": plan.md keeps it, "
                + "Plan.md is \"plan-2\"; rename a file to choose its id";
        assertThat(status.err()).isEqualTo(warning + "\n");
        assertThat(status.out()).containsPattern("plan +\\S+ +0/1").containsPattern("plan-2 +\\S+ +1/1");

        TrackerRunner.Run doctor = tracker.run("doctor");
        assertThat(doctor.exit()).isEqualTo(1);
        assertThat(doctor.out()).contains("! roadmaps Plan.md, plan.md make the same id");
    }
}
