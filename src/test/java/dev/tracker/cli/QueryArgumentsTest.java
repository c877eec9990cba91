package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How several QUERY arguments and topic words resolve, on the user's own roadmaps. */
class QueryArgumentsTest {
    private static final String ERRORS = "go-architect-tracker/error-handling-vs-panics/l1/";

    @TempDir
    Path dir;

    @Test
    void argumentsThatEachNameOneSkillMarkEachOfThem() {
        TrackerRunner tracker = new TrackerRunner(dir).useFixtureRoadmaps();
        TrackerRunner.Run run = tracker.ok("check", "l1/philosophy", "l1/panic");
        assertThat(run.out()).contains(ERRORS + "philosophy", ERRORS + "panic");
        assertThat(tracker.stateText()).contains(ERRORS + "philosophy", ERRORS + "panic");
    }

    @Test
    void wordsThatOnlyTogetherNameASkillStillWork() {
        TrackerRunner tracker = new TrackerRunner(dir).useFixtureRoadmaps();
        assertThat(tracker.ok("check", "zombie", "array").out())
                .contains("go-architect-tracker/slice-vs-array/l2/memory-leak-prevention");
    }

    @Test
    void gapsFindsATopicByThePrefixOfAWord() {
        TrackerRunner tracker = new TrackerRunner(dir).useFixtureRoadmaps();
        assertThat(tracker.ok("gaps", "interface").out()).startsWith("Interfaces · frontier L2");
    }
}
