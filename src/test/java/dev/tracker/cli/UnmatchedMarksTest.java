package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress that moves: status and next say when marks match no skill, and a renamed file keeps its progress. */
class UnmatchedMarksTest {
    private static final String PLAN = """
            # Plan
            ## Week 1
            - [ ] **Channels:** buffered and unbuffered channels in Go
            - [ ] **Select:** waiting on several channels at once
            ## Week 2
            - [ ] **Context:** cancellation and deadlines
            """;

    @TempDir
    java.nio.file.Path dir;

    private TrackerRunner renamed() throws IOException {
        TrackerRunner tracker = new TrackerRunner(dir).roadmap("plan.md", PLAN);
        tracker.ok("check", "week-1/channels", "week-2/context");
        Files.move(tracker.roadmapsDir().resolve("plan.md"), tracker.roadmapsDir().resolve("go-plan.md"));
        return tracker;
    }

    @Test
    void statusAndNextSayInOneLineThatMarksNoLongerMatch() throws IOException {
        TrackerRunner tracker = renamed();
        for (String command : new String[] {"status", "next"}) {
            TrackerRunner.Run run = tracker.run(command);
            assertThat(run.exit()).as(run.toString()).isZero();
            assertThat(run.err()).isEqualTo("tracker: 2 marks no longer match a skill: tracker doctor\n");
        }
        TrackerRunner.Run json = tracker.run("status", "--json");
        assertThat(json.out()).doesNotContain("no longer match");
        assertThat(json.err()).contains("2 marks no longer match a skill");
    }

    @Test
    void aHealthyStateSaysNothing() {
        TrackerRunner tracker = new TrackerRunner(dir).roadmap("plan.md", PLAN);
        tracker.ok("check", "week-1/channels");
        assertThat(tracker.ok("status").err()).isEmpty();
        assertThat(tracker.ok("next").err()).isEmpty();
    }

    @Test
    void aRenamedFileIsReattachedAtOneHundredPercentFirst() throws IOException {
        TrackerRunner tracker = renamed();
        tracker.roadmap("other.md", "# Other\n- [ ] **Channels:** buffered and unbuffered channels in Go, again\n");
        TrackerRunner.Run found = tracker.run("doctor");
        assertThat(found.out()).contains("likely became: go-plan/week-1/channels  (100% alike)",
                "likely became: go-plan/week-2/context  (100% alike)");
        tracker.ok("doctor", "--reattach");
        assertThat(tracker.ok("status").err()).isEmpty();
        assertThat(tracker.ok("log").out()).contains("reattached from plan/week-1/channels\n  go-plan/week-1/channels",
                "reattached from plan/week-2/context\n  go-plan/week-2/context");
        assertThat(tracker.ok("list", "go-plan").out()).contains("[x] week-1/channels", "[x] week-2/context");
        tracker.ok("undo");
        assertThat(tracker.run("status").err()).isEqualTo("tracker: 2 marks no longer match a skill: tracker doctor\n");
    }

    @Test
    void doctorGroupsTheEntriesOfAnAbsentRoadmapPerRoadmap() throws IOException {
        TrackerRunner tracker = new TrackerRunner(dir).roadmap("plan.md", PLAN)
                .roadmap("rust.md", "# Rust\n- [ ] **Borrowing:** lifetimes\n- [ ] **Traits:** dyn and impl\n");
        tracker.ok("check", "rust/borrowing", "rust/traits", "week-1/select");
        Files.delete(tracker.roadmapsDir().resolve("rust.md"));
        TrackerRunner.Run run = tracker.run("doctor");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("  2 entries of rust, a roadmap not loaded here\n")
                .doesNotContain("rust/borrowing", "rust/traits");
    }
}
