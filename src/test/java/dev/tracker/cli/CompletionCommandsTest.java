package dev.tracker.cli;

import static dev.tracker.testing.FixtureRoadmaps.DEFINE;
import static dev.tracker.testing.FixtureRoadmaps.EMBEDDING;
import static dev.tracker.testing.FixtureRoadmaps.IMPLICIT;
import static dev.tracker.testing.FixtureRoadmaps.MOCKING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `tracker completion bash|zsh` and the hidden `tracker __complete` the scripts call. */
class CompletionCommandsTest {
    @TempDir
    Path tmp;

    private TrackerRunner tracker;

    @BeforeEach
    void roadmaps() {
        tracker = FixtureRoadmaps.both(tmp);
    }

    private List<String> complete(String... words) {
        String[] args = new String[words.length + 2];
        args[0] = "__complete";
        args[1] = "--";
        System.arraycopy(words, 0, args, 2, words.length);
        return tracker.ok(args).out().lines().toList();
    }

    @Test
    void commandsAndOptionsWithTheirDescriptions() {
        assertThat(complete("che")).containsExactly("check\tMark skills done.");
        assertThat(complete("status", "--de")).containsExactlyInAnyOrder(
                "--depth\tShow sections down to this depth (default: 0, or 1 with a ROADMAP).",
                "--debug\tPrint the stack trace of an unexpected error.");
    }

    @Test
    void skillIdsContainingTheWordOnePerLine() {
        assertThat(complete("check", "interf")).extracting(line -> line.substring(0, line.indexOf('\t')))
                .containsExactly(DEFINE, IMPLICIT, MOCKING, EMBEDDING);
        assertThat(complete("--roadmaps", tracker.roadmapsDir().toString(), "uncheck", "embedd"))
                .containsExactly(EMBEDDING + "\tEmbedding interfaces");
    }

    @Test
    void bashsSplitOfAnOptionsEqualsSignIsUndone() {
        assertThat(complete("--color", "=", "al")).containsExactly("always\t");
        assertThat(complete("--color", "=")).containsExactly("auto\t", "always\t", "never\t");
        assertThat(complete("--color=ne")).containsExactly("never\t");
    }

    @Test
    void nothingForAFileNameSoTheShellCompletesFiles() {
        assertThat(tracker.ok("__complete", "--", "--state", "").out()).isEmpty();
    }

    @Test
    void theHiddenCommandIsNotOfferedNorInTheUsage() {
        assertThat(complete("__")).isEmpty();
        assertThat(tracker.ok("--help").out()).doesNotContain("__complete").contains("completion", "shell");
    }

    @Test
    void scriptsArePrintedAsWrittenForBashAndZsh() throws IOException {
        Path resources = Path.of("src/main/resources/completion");
        assertThat(tracker.ok("completion", "bash").out()).isEqualTo(Files.readString(resources.resolve("tracker.bash")))
                .contains("complete -o default -F _tracker tracker", "__complete -- \"${COMP_WORDS[@]:1:COMP_CWORD}\"");
        assertThat(tracker.ok("completion", "zsh").out()).isEqualTo(Files.readString(resources.resolve("tracker.zsh")))
                .startsWith("#compdef tracker\n");
    }

    @Test
    void anUnknownShellIsOneLineAndExit2() {
        TrackerRunner.Run run = tracker.fails(2, "completion", "fish");
        assertThat(run.err()).isEqualTo("tracker: no completion script for 'fish'; there is one for bash and one for zsh:"
                + " tracker completion bash\n");
    }
}
