package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command's `--help`, byte for byte as picocli printed it when the commands were
 * declared with annotations (the golden files were made then): the models built in code
 * (see Specs) must say the same. And no command may go back to annotations, whose proxies
 * cost start-up time.
 */
class HelpGoldenTest {
    private static final Path FOLDER = Path.of("src", "test", "resources", "golden", "help");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"", "status", "check", "uncheck", "start", "skip", "next", "gaps", "show", "list", "search",
        "log", "undo", "doctor", "shell", "completion"})
    void helpIsWhatTheAnnotatedCommandsPrinted(String command) throws IOException {
        TrackerRunner.Run run = command.isEmpty() ? new TrackerRunner(tmp).run("--help")
                : new TrackerRunner(tmp).run(command, "--help");
        Path golden = FOLDER.resolve((command.isEmpty() ? "tracker" : command) + ".txt");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void noCommandClassIsAnnotatedForPicocli() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "main", "java", "dev", "tracker", "cli"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".java")))
                    .allSatisfy(file -> assertThat(Files.readString(file)).doesNotContain("import picocli.CommandLine.Command;",
                            "import picocli.CommandLine.Option;", "import picocli.CommandLine.Parameters;",
                            "@Command(", "@Option(", "@Parameters(", "@ParentCommand", "@Spec", "@Mixin"));
        }
    }
}
