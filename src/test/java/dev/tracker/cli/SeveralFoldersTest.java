package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roadmaps from several folders: ids unique across them and stable, status grouped by folder. */
class SeveralFoldersTest {
    @TempDir
    Path dir;

    private TrackerRunner tracker(String roadmaps) throws IOException {
        Files.createDirectories(dir.resolve("home/work"));
        Files.createDirectories(dir.resolve("home/evening"));
        Files.writeString(dir.resolve("home/work/plan.md"), "# Work plan\n- [ ] Kubernetes\n- [ ] Tracing\n");
        Files.writeString(dir.resolve("home/evening/plan.md"), "# Evening plan\n- [ ] Haskell\n");
        Files.writeString(dir.resolve("home/evening/rust.md"), "# Rust\n- [x] Ownership\n");
        return new TrackerRunner(dir).env("TRACKER_ROADMAPS", null).config("roadmaps = " + roadmaps + "\n");
    }

    @Test
    void twoPlansInTwoFoldersGetDistinctIdsTheLaterOneByItsFoldersName() throws IOException {
        TrackerRunner tracker = tracker("[\"~/work\", \"~/evening\"]");
        assertThat(tracker.ok("list").out()).contains("plan · Work plan", "evening-plan · Evening plan", "rust · Rust");
        assertThat(tracker.ok("show", "evening-plan/haskell").out()).contains("Haskell");
        assertThat(tracker.ok("show", "plan/kubernetes").out()).contains("Kubernetes");
        tracker.ok("check", "evening-plan/haskell");
        tracker.ok("check", "plan/tracing");
        // again, from the roadmap cache this time: the same ids
        assertThat(tracker.ok("list", "--done").out()).contains("evening-plan · ", "haskell", "plan · ", "tracing", "rust · ");
        assertThat(tracker.stateText()).contains("\"evening-plan/haskell\"", "\"plan/tracing\"");
    }

    @Test
    void addingAFolderAtTheEndRenamesNothingBeforeIt() throws IOException {
        TrackerRunner tracker = tracker("\"~/work\"");
        String alone = tracker.ok("list").out();
        tracker.config("roadmaps = [\"~/work\", \"~/evening\"]\n");
        assertThat(tracker.ok("list").out()).contains(alone.strip().lines().toList().toArray(String[]::new));
    }

    @Test
    void statusGroupsTheRoadmapsByFolder() throws IOException {
        TrackerRunner tracker = tracker("[\"~/work\", \"~/evening\"]");
        assertThat(tracker.ok("status").out()).matches("""
                ~/work
                  plan +[░]+ +0/2 +0%
                
                ~/evening
                  evening-plan +[░]+ +0/1 +0%
                  rust +[█]+ +1/1 +100%
                """);
    }

    @Test
    void doctorNamesAndChecksEveryFolder() throws IOException {
        TrackerRunner tracker = tracker("[\"~/work\", \"~/evening\"]");
        Files.writeString(dir.resolve("home/evening/rust.md"), "# Rust\n- [x] Ownership \u011f\u0178\u00af done\n");
        TrackerRunner.Run run = tracker.run("doctor");
        assertThat(run.out()).startsWith("roadmaps  ~/work, ~/evening: 3 roadmaps, 4 skills\n")
                .contains("~/evening/rust.md:2  mojibake that could not be repaired");
    }

    @Test
    void oneFolderHasNoHeading() throws IOException {
        assertThat(tracker("\"~/work\"").ok("status").out()).startsWith("  plan ");
    }

    @Test
    void recursiveReadsTheSubfoldersButNotHiddenOnes() throws IOException {
        TrackerRunner tracker = tracker("\"~\"\nrecursive = true");
        Files.createDirectories(dir.resolve("home/.hidden"));
        Files.writeString(dir.resolve("home/.hidden/secret.md"), "# Secret\n- [ ] hidden\n");
        // ids by the folder's own rule (file names; the same name twice: "-2", with a warning)
        TrackerRunner.Run list = tracker.run("list");
        assertThat(list.exit()).as(list.toString()).isZero();
        assertThat(list.out()).contains("plan · Evening plan", "plan-2 · Work plan", "rust · Rust").doesNotContain("hidden");
        assertThat(list.err()).isEqualTo("tracker: warning: roadmaps evening/plan.md, work/plan.md make the same id "
                + "\"plan\": evening/plan.md keeps it, work/plan.md is \"plan-2\"; rename a file to choose its id\n");
        TrackerRunner.Run show = tracker.run("show", "rust/ownership");
        assertThat(show.exit()).as(show.toString()).isZero();
        assertThat(show.out()).contains("Ownership");
        tracker.config("roadmaps = \"~\"\n");
        assertThat(tracker.fails(66, "list").err()).contains("no roadmaps (*.md) in " + dir.resolve("home"));
    }
}
