package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `tracker init` points the tracker at the user's roadmaps by writing them into the config file. */
class InitCommandTest {
    @TempDir
    Path dir;

    private TrackerRunner tracker() throws IOException {
        TrackerRunner tracker = new TrackerRunner(dir).env("TRACKER_ROADMAPS", null);
        Files.createDirectories(dir.resolve("home/study"));
        Files.writeString(dir.resolve("home/study/go.md"), "# Go\n- [ ] goroutines\n");
        return tracker;
    }

    @Test
    void initWithRoadmapsWritesACommentedConfigThatStatusThenReads() throws IOException {
        TrackerRunner tracker = tracker();
        TrackerRunner.Run run = tracker.ok("init", "--roadmaps", "home/study");
        assertThat(run.out()).isEqualTo("wrote " + tracker.configFile() + " with roadmaps = \"~/study\"\n"
                + "1 roadmap file there; `tracker status` shows where you stand\n");
        assertThat(tracker.configFile()).content().contains("roadmaps = \"~/study\"", "# next.count = 5", "# week-start");
        TrackerRunner.Run status = tracker.run("status");
        assertThat(status.out()).contains("go ");
        assertThat(status.err()).as("no bundled-sample line any more").isEmpty();
    }

    @Test
    void initAsksWhereTheRoadmapsAreAtATerminal() throws IOException {
        TrackerRunner tracker = tracker();
        List<String> asked = new ArrayList<>();
        TrackerRunner.Run run = tracker.runAnswering(question -> {
            asked.add(question);
            return "~/study";
        }, "init");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(asked).containsExactly("Where are your roadmaps (a folder of .md files)? ");
        assertThat(tracker.ok("config", "roadmaps").out()).isEqualTo(dir.resolve("home/study") + "  (config line 4)\n");
    }

    @Test
    void initKeepsAConfigThatExistsAndItsComments() throws IOException {
        TrackerRunner tracker = tracker().config("# mine\ncolor = \"never\" # always\n");
        tracker.ok("init", "--roadmaps", dir.resolve("home/study").toString());
        assertThat(tracker.configFile()).hasContent("# mine\ncolor = \"never\" # always\nroadmaps = \"~/study\"\n");
    }

    @Test
    void initWithoutAnAnswerOrAFolderWritesNothing() throws IOException {
        TrackerRunner tracker = tracker();
        assertThat(tracker.fails(2, "init").err())
                .isEqualTo("tracker: tracker init needs to know where your roadmaps are: tracker init --roadmaps DIR\n");
        assertThat(tracker.fails(66, "init", "--roadmaps", "nowhere").err()).startsWith("tracker: roadmaps not found: "
                + dir.resolve("nowhere"));
        Files.createDirectories(dir.resolve("empty"));
        assertThat(tracker.fails(66, "init", "--roadmaps", "empty").err()).contains("no roadmaps (*.md) in");
        assertThat(tracker.configFile()).doesNotExist();
    }
}
