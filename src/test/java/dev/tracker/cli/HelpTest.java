package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help and version need no roadmaps and no state: the runner here has neither. */
class HelpTest {
    private static final List<String> COMMANDS = List.of("status", "check", "uncheck", "start", "skip");
    /** An example line: "  tracker CMD ARGS   what it does"; ARGS end at two spaces or a pipe. */
    private static final Pattern EXAMPLE = Pattern.compile("^\\s*tracker (\\w+)((?: (?! )[^|]*?)?)(?:\\s{2,}.*|\\s*\\|.*)?$");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"status", "check", "uncheck", "start", "skip"})
    void everySubcommandHasHelpWithExamples(String command) {
        Run run = new TrackerRunner(tmp).run(command, "--help");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Usage: tracker " + command).contains("Examples:");
        assertThat(examples(run.out())).as("examples of %s in\n%s", command, run.out())
                .isNotEmpty().allMatch(e -> e.equals(command) || e.startsWith(command + " "));
        assertThat(tmp.resolve("state.json")).doesNotExist();
    }

    @Test
    void theTopLevelHelpListsCommandsExitCodesFilesAndExamples() {
        Run run = new TrackerRunner(tmp).run("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Commands:", "Exit codes:", "Examples:", "$TRACKER_STATE", "$XDG_DATA_HOME");
        assertThat(run.out()).contains(COMMANDS.toArray(String[]::new));
        assertThat(run.out()).containsPattern("(?m)^\\s+65\\s").containsPattern("(?m)^\\s+66\\s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void versionPrintsTheVersion(String option) {
        Run run = new TrackerRunner(tmp).run(option);

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(
                line -> assertThat(line).matches("tracker \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
    }

    @Test
    void everyExampleWorksOnTheProjectRoadmaps() {
        List<String> examples = new ArrayList<>(examples(new TrackerRunner(tmp).run("--help").out()));
        for (String command : COMMANDS) {
            examples.addAll(examples(new TrackerRunner(tmp).run(command, "--help").out()));
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(8);

        List<String> failures = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            TrackerRunner tracker = new TrackerRunner(tmp.resolve("example-" + i)).useProjectRoadmaps();
            Run run = tracker.run(words(examples.get(i)));
            if (run.exit() != 0) {
                failures.add("tracker " + examples.get(i) + "  → exit " + run.exit() + ": " + run.err().lines().findFirst().orElse(""));
            }
        }
        assertThat(failures).as("examples that fail").isEmpty();
    }

    /** The example commands of a help text, without "tracker", descriptions and pipes. */
    static List<String> examples(String help) {
        List<String> examples = new ArrayList<>();
        for (String line : help.lines().toList()) {
            Matcher m = EXAMPLE.matcher(line);
            if (m.matches()) {
                examples.add((m.group(1) + m.group(2)).strip());
            }
        }
        return examples;
    }

    /** Splits like a shell would, for the simple quoting that examples use. */
    private static String[] words(String command) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(command);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return words.toArray(String[]::new);
    }
}
