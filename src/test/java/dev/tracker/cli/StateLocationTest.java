package dev.tracker.cli;

import static dev.tracker.testing.FixtureRoadmaps.DEFINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.TrackerRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --state, else $TRACKER_STATE, else $XDG_DATA_HOME/tracker/state.json, else ~/.local/share/tracker/state.json. */
class StateLocationTest {
    @TempDir
    Path tmp;

    @Test
    void theEnvironmentVariableIsUsed() {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);

        assertThat(tracker.run("check", DEFINE).exit()).isZero();

        assertThat(tracker.stateFile()).exists().content().contains(DEFINE);
    }

    @Test
    void theOptionWinsOverTheEnvironment() {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);

        assertThat(tracker.run("check", "--state", "mine/progress.json", DEFINE).exit()).isZero();

        assertThat(tmp.resolve("mine/progress.json")).as("relative to the working folder").content().contains(DEFINE);
        assertThat(tracker.stateFile()).doesNotExist();
        assertThat(tracker.run("--state", "mine/progress.json", "status").out()).contains("3/7");
        assertThat(tracker.run("status").out()).contains("2/7");
    }

    @Test
    void withoutEitherTheStateGoesUnderXdgDataHome() {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp).env("TRACKER_STATE", null);

        assertThat(tracker.run("check", DEFINE).exit()).isZero();

        assertThat(tmp.resolve("data/tracker/state.json")).content().contains(DEFINE);
        assertThat(tracker.stateFile()).doesNotExist();
    }

    @Test
    void withoutXdgDataHomeTheStateGoesUnderHome() {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp).env("TRACKER_STATE", null).env("XDG_DATA_HOME", null);

        assertThat(tracker.run("check", DEFINE).exit()).isZero();

        assertThat(tmp.resolve("home/.local/share/tracker/state.json")).content().contains(DEFINE);
    }

    @Test
    void roadmapsComeFromTheWorkingFoldersRoadmapsWithoutOptionOrVariable() {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp).env("TRACKER_ROADMAPS", null);

        assertThat(tracker.run("status").out()).contains("alpha", "beta").doesNotContain("go-architect-tracker");
    }
}
