package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.app.CommandLineFactory;
import dev.tracker.testing.TrackerRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every registered command's `--help`, byte for byte, against a golden file found from the
 * registry (a command without one fails here). After an intended change of a help text, run
 * with {@code -Dgolden.update=true} and review the diff. No line of any help may run past 80
 * columns into column 0, and no command may go back to annotations, whose proxies cost start-up time.
 */
class HelpGoldenTest {
    private static final Path FOLDER = Path.of("src", "test", "resources", "golden", "help");

    @TempDir
    Path tmp;

    /** "" for the root, then every command `--help` lists. */
    static Stream<String> helpPages() {
        List<String> pages = new ArrayList<>(List.of(""));
        for (Commands command : Commands.values()) {
            if (!command.commandName().startsWith("_")) {
                pages.add(command.commandName());
            }
        }
        return pages.stream();
    }

    @ParameterizedTest
    @MethodSource("helpPages")
    void helpMatchesItsGoldenFile(String command) throws IOException {
        TrackerRunner.Run run = command.isEmpty() ? new TrackerRunner(tmp).run("--help")
                : new TrackerRunner(tmp).run(command, "--help");
        Path golden = FOLDER.resolve((command.isEmpty() ? "tracker" : command) + ".txt");
        assertThat(run.exit()).isZero();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden help of '%s' (create it with -Dgolden.update=true)", command).exists();
        assertThat(run.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /**
     * Picocli breaks a description or footer line longer than the 80 columns of the usage and
     * starts the rest at column 0; every such line of every command must fit.
     */
    @Test
    void noDescriptionOrFooterLineIsLongerThanTheUsageWidth() {
        PrintWriter nowhere = new PrintWriter(new StringWriter());
        CommandLine tree = CommandLineFactory.create(new TrackerRunner(tmp).context(nowhere, nowhere));
        List<CommandSpec> specs = new ArrayList<>(List.of(tree.getCommandSpec()));
        tree.getSubcommands().values().forEach(sub -> specs.add(sub.getCommandSpec()));
        for (CommandSpec spec : specs) {
            List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
            lines.addAll(List.of(spec.usageMessage().footer()));
            assertThat(lines).as(spec.name()).allSatisfy(line ->
                    assertThat(line.replace("%n", "").length()).as("%s: %s", spec.name(), line).isLessThanOrEqualTo(80));
        }
    }

    @Test
    void everyGoldenFileBelongsToACommand() throws IOException {
        List<String> pages = helpPages().map(c -> (c.isEmpty() ? "tracker" : c) + ".txt").toList();
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(f -> f.getFileName().toString())).allMatch(pages::contains);
        }
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
