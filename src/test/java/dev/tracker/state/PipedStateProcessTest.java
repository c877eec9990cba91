package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipe given to a reader as the state file ({@code --state <(cat state.json)}, or
 * {@code --state /dev/stdin}) is read like the file; a command that writes refuses it in one
 * line and exits 65. It used to say "cannot resolve state file /dev/fd/63" and then show no history.
 */
@Tag(ChildJvm.TAG)
class PipedStateProcessTest {
    @TempDir
    Path dir;

    private Map<String, String> env;

    @BeforeEach
    void aStateWithOneCheck() {
        TrackerRunner tracker = new TrackerRunner(dir).roadmap("r.md", "# R\n\n- [ ] alpha\n- [ ] beta\n");
        tracker.ok("check", "alpha");
        env = Map.of("TRACKER_ROADMAPS", tracker.roadmapsDir().toString(), "HOME", dir.toString(), "COLUMNS", "80");
    }

    @Test
    void logReadsTheStateFromAProcessSubstitution() {
        TrackerProcess.Result log = TrackerProcess.bash(dir, TrackerProcess.command(),
                "tracker log --state <(cat state.json)", env);
        assertThat(log.exit()).as(log.toString()).isZero();
        assertThat(log.err()).as(log.toString()).isEmpty();
        assertThat(log.out()).contains("r/alpha").doesNotContain("No changes yet");
    }

    @Test
    void statusReadsTheStateFromStandardInput() {
        TrackerProcess.Result status = TrackerProcess.bash(dir, TrackerProcess.command(),
                "cat state.json | tracker list --done --state /dev/stdin", env);
        assertThat(status.exit()).as(status.toString()).isZero();
        assertThat(status.err()).isEmpty();
        assertThat(status.out()).contains("alpha").doesNotContain("beta");
    }

    @Test
    void aWriterRefusesAPipeInOneLine() {
        TrackerProcess.Result check = TrackerProcess.bash(dir, TrackerProcess.command(),
                "tracker check beta --state <(cat state.json)", env);
        assertThat(check.exit()).as(check.toString()).isEqualTo(65);
        assertThat(check.out()).isEmpty();
        assertThat(check.err().lines()).as(check.toString()).hasSize(1)
                .allMatch(line -> line.startsWith("tracker: cannot write state file /dev/fd/") && line.contains("it is a pipe"));
    }
}
