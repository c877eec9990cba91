package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge driver under real git: two clones of one dotfiles repository, each changes the
 * state, commits and pulls. The driver is this build's classes (`java -cp … Main`, so that it
 * runs before the jar is packaged), set up as the README says.
 */
@Tag(ChildJvm.TAG) // git starts a JVM per merge
class GitMergeDriverTest {
    private static final String PLAN = "# Plan\n- [ ] **Channels:** buffered\n- [ ] **Select:** several\n- [ ] **Context:** cancel\n";
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    @TempDir
    Path dir;

    @BeforeEach
    void needsGit() {
        assumeTrue(Shell.run("git", "--version").exit() == 0, "git is not installed");
    }

    @Test
    void differentSkillsOnTwoMachinesMergeWithoutAConflict() throws IOException {
        Path laptop = twoClones();
        TrackerRunner onLaptop = tracker(laptop);
        TrackerRunner onDesktop = tracker(dir.resolve("desktop"));
        onLaptop.ok("check", "channels");
        commitAndPush(laptop, "laptop: channels");
        onDesktop.ok("start", "select");
        git(dir.resolve("desktop"), "commit", "-qam", "desktop: select");

        Shell.Result pull = git(dir.resolve("desktop"), "pull", "-q", "--no-rebase", "--no-edit");

        assertThat(pull.exit()).as(pull.output()).isZero();
        assertThat(onDesktop.stateText()).doesNotContain("<<<<<<<");
        assertThat(onDesktop.ok("status", "--json").out()).contains("\"done\" : 1", "\"inProgress\" : 1");
        assertThat(git(dir.resolve("desktop"), "status", "--porcelain").output()).isEmpty();
    }

    @Test
    void theSameSkillChangedOnBothTakesTheLaterChangeAndKeepsBothInTheHistory() throws IOException {
        Path laptop = twoClones();
        TrackerRunner onLaptop = tracker(laptop);
        TrackerRunner onDesktop = tracker(dir.resolve("desktop"));
        onLaptop.ok("skip", "channels"); // at the runner's time
        commitAndPush(laptop, "laptop: skip");
        onDesktop.ok("check", "channels", "--at", "2026-11-20"); // a day earlier
        git(dir.resolve("desktop"), "commit", "-qam", "desktop: check");

        Shell.Result pull = git(dir.resolve("desktop"), "pull", "-q", "--no-rebase", "--no-edit");

        assertThat(pull.exit()).as(pull.output()).isZero();
        String merged = onDesktop.stateText();
        assertThat(merged).contains("\"to\":\"skipped\"", "\"to\":\"done\"");
        assertThat(onDesktop.ok("status", "--json").out()).contains("\"skipped\" : 1", "\"done\" : 0");
        assertThat(git(dir.resolve("desktop"), "push", "-q").exit()).isZero();
        Shell.Result back = git(laptop, "pull", "-q", "--no-rebase", "--no-edit");
        assertThat(back.exit()).as(back.output()).isZero();
        assertThat(onLaptop.stateText()).as("a fast-forward: both machines agree").isEqualTo(merged);
    }

    /** origin (bare) with the roadmap, the attribute and an empty state; two clones, the driver set in each. */
    private Path twoClones() throws IOException {
        Path seed = dir.resolve("seed");
        Files.createDirectories(seed.resolve("roadmaps"));
        Files.writeString(seed.resolve("roadmaps/plan.md"), PLAN);
        Files.writeString(seed.resolve(".gitattributes"), "state.json merge=tracker\n");
        Files.writeString(seed.resolve(".gitignore"), "state.json.*\nhome/\n"); // the backup, the lock; the runner's $HOME
        Files.writeString(seed.resolve("state.json"), "{\n  \"history\": [],\n  \"skills\": {},\n  \"version\": 2\n}\n");
        git(dir, "init", "-q", "-b", "main", seed.toString());
        git(seed, "add", ".");
        git(seed, "commit", "-qm", "seed");
        git(dir, "clone", "-q", "--bare", seed.toString(), dir.resolve("origin.git").toString());
        String driver = "'" + JAVA + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '" + System.getProperty("java.class.path")
                + "' dev.tracker.app.Main merge-state %O %A %B";
        for (String name : List.of("laptop", "desktop")) {
            git(dir, "clone", "-q", dir.resolve("origin.git").toString(), dir.resolve(name).toString());
            git(dir.resolve(name), "config", "merge.tracker.driver", driver);
        }
        return dir.resolve("laptop");
    }

    private TrackerRunner tracker(Path clone) {
        return new TrackerRunner(clone).env("TRACKER_ROADMAPS", clone.resolve("roadmaps").toString());
    }

    private void commitAndPush(Path clone, String message) {
        git(clone, "commit", "-qam", message);
        Shell.Result push = git(clone, "push", "-q");
        assertThat(push.exit()).as(push.output()).isZero();
    }

    private static Shell.Result git(Path where, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", where.toString(), "-c", "user.name=Test",
                "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Shell.Result result = Shell.run(command.toArray(String[]::new));
        assertThat(result.exit()).as(String.join(" ", command) + "\n" + result.output()).isIn(0, 1);
        return result;
    }
}
