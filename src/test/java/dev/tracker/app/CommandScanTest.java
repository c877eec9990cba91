package dev.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.cli.Commands;
import dev.tracker.cli.TrackerContext;
import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.JsonTree;
import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The one-command tree main builds must behave exactly as the whole tree does. */
class CommandScanTest {
    @TempDir
    Path tmp;

    private final TrackerContext quiet = new TrackerRunner(Path.of(".")).context(nowhere(), nowhere());

    @Test
    void theScanKnowsEveryCommandAndEveryGlobalOptionOfTheTree() {
        CommandLine tree = CommandLineFactory.create(quiet);
        assertThat(tree.getSubcommands().keySet()).containsExactlyElementsOf(Commands.names());
        Set<String> flags = new HashSet<>();
        Set<String> valued = new HashSet<>();
        for (OptionSpec option : tree.getCommandSpec().options()) {
            if (!option.usageHelp() && !option.versionHelp()) {
                (option.arity().max() == 0 ? flags : valued).addAll(List.of(option.names()));
            }
        }
        assertThat(flags).isEqualTo(CommandScan.FLAGS);
        assertThat(valued).isEqualTo(CommandScan.VALUED);
    }

    @Test
    void aRunBuildsOnlyTheCommandItNamesWhereverTheGlobalOptionsAre() {
        for (String name : Commands.names()) {
            Set<String> built = CommandLineFactory.createFor(quiet, "--state", "s.json", "--no-color", name, "--ascii")
                    .getSubcommands().keySet();
            assertThat(built).as(name).isEqualTo(Commands.named(name).needsTree()
                    ? Set.copyOf(Commands.names()) : Set.of(name));
        }
        assertThat(CommandScan.soleCommand(new String[] {"--color=never", "--roadmaps", "r", "--debug", "log", "-n", "3"}))
                .isEqualTo(Commands.LOG);
    }

    @Test
    void anythingUncertainGetsTheWholeTree() {
        for (String args : List.of("", "--help status", "-h status", "-V", "--state status", "--state=check status",
                "--color -h status", "--state", "stat", "help status", "-- status", "@args status", "--state @f status",
                "--debug=true status", "shell", "completion bash", "__complete -- st", "help", "help check")) {
            assertThat(CommandScan.soleCommand(args.isEmpty() ? new String[0] : args.split(" "))).as(args).isNull();
        }
    }

    static Stream<String> commandLines() {
        List<String> lines = new ArrayList<>();
        for (String name : Commands.names()) {
            lines.add(name + " --help");
            lines.add(name + " --bogus");
            lines.add("--no-color " + name + " --ascii --bogus");
        }
        lines.addAll(List.of("status", "status --json --depth 2", "--ascii status --depth 1 --color never",
                "status --state status", "status alpha --roadmaps roadmaps --state=other.json", "--state status",
                "--state=status status", "--state check status", "--color bogus status", "status --color NEVER",
                "--color=NEVER status", "--state a --state b status",
                "status --depth x", "status --depth -1", "status nosuch", "--debug show nosuch", "show",
                "check", "check " + FixtureRoadmaps.DEFINE + " --state status --bogus", "uncheck --json",
                "next --json", "gaps alpha", "list --json", "search interface", "log", "undo --bogus", "doctor",
                "--roadmaps roadmaps doctor --json", "--help", "-V", "", "nosuch", "--state"));
        return lines.stream();
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void theOneCommandTreeRunsAsTheWholeTreeDoes(String line) {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        Run whole = run(tracker, CommandLineFactory::create, args);
        Run one = run(tracker, context -> CommandLineFactory.createFor(context, args), args);
        // --debug traces differ only in the frames that built the tree
        assertThat(withoutFrames(one)).isEqualTo(withoutFrames(whole));
    }

    @Test
    void globalOptionsAfterTheCommandAndCommandNamesAsValuesWork() {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);
        tracker.ok("check", FixtureRoadmaps.DEFINE, "--state", "status", "--no-color");
        assertThat(tmp.resolve("status")).exists();
        assertThat(tracker.stateText()).isNull();
        Object alpha = JsonTree.asList(JsonTree.object(tracker.ok("status", "--json", "--state", "status").out())
                .get("roadmaps")).get(0);
        assertThat(JsonTree.asObject(alpha)).containsEntry("done", 3L);
        assertThat(tracker.run("--state", "status").err()).startsWith("tracker: Expected parameter for option '--state'");
    }

    private static Run run(TrackerRunner tracker, Function<TrackerContext, CommandLine> factory, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        int exit = factory.apply(tracker.context(outWriter, errWriter)).execute(args);
        outWriter.flush();
        errWriter.flush();
        return new Run(exit, out.toString(), err.toString());
    }

    private static String withoutFrames(Run run) {
        return run.toString().replaceAll("(?m)^\tat .*\n", "");
    }

    private static PrintWriter nowhere() {
        return new PrintWriter(new StringWriter());
    }
}
