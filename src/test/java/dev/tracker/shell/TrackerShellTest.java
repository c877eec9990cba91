package dev.tracker.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.app.CommandLineFactory;
import dev.tracker.cli.Commands;
import dev.tracker.cli.ShellLines;
import dev.tracker.cli.TrackerContext;
import dev.tracker.graph.SkillGraph;
import dev.tracker.roadmap.RoadmapLoader;
import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The shell on a scripted terminal, running real commands through the one factory. */
// a terminal read that never returns must fail the test, not hang the build: JLine ignores interrupts
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TrackerShellTest {
    @TempDir
    Path tmp;

    private TrackerRunner runner;
    private StringWriter out;
    private StringWriter err;
    private String screen;

    @BeforeEach
    void setUp() {
        runner = FixtureRoadmaps.both(tmp);
        out = new StringWriter();
        err = new StringWriter();
    }

    private Path history() {
        return tmp.resolve("history");
    }

    /** Runs a shell session on these keys; its exit code. */
    private int shell(String keys, boolean interactive, String... sessionOptions) {
        ScriptedTerminal terminal = new ScriptedTerminal(keys);
        TrackerContext context = runner.context(new PrintWriter(out, true), new PrintWriter(err, true));
        SkillGraph graph = new SkillGraph(RoadmapLoader.read(runner.roadmapsDir()).roadmaps());
        CommandCompletions completions = new CommandCompletions(CommandLineFactory.create(context).getCommandSpec(),
                roadmaps -> graph, List.of(), Commands::argumentsOf);
        ShellLines lines = new ShellLines(context, CommandLineFactory::create, List.of(sessionOptions));
        ShellSession session = new ShellSession(history(), completions, lines, interactive);
        int exit = new TrackerShell(terminal.terminal(), session).run();
        screen = terminal.screen();
        return exit;
    }

    @Test
    void statusPrintsExactlyWhatTrackerStatusPrintsAtTheTerminalsWidth() {
        shell("status\r", true);
        assertThat(out.toString()).isEqualTo(runner.env("COLUMNS", "100").ok("status").out());
        assertThat(screen).startsWith(TrackerShell.GREETING).contains(TrackerShell.PROMPT + "status");
    }

    @Test
    void tabCompletesTheCommandThenASkillIdFromAPartOfIt() throws IOException {
        shell("che\tembedd\t\r", true);
        assertThat(Files.readString(history())).contains(":check " + FixtureRoadmaps.EMBEDDING + "\n");
        assertThat(out.toString()).startsWith("[x] todo → done  " + FixtureRoadmaps.EMBEDDING);
    }

    @Test
    void tabListsEverySkillIdContainingTheWord() {
        shell("check interf\t", true);
        assertThat(screen).contains(FixtureRoadmaps.DEFINE, FixtureRoadmaps.IMPLICIT, FixtureRoadmaps.MOCKING,
                FixtureRoadmaps.EMBEDDING).doesNotContain(FixtureRoadmaps.CONTROL_FLOW);
    }

    @Test
    void anAmbiguousQueryOpensThePickerAndEnterMarksTheChosenSkill() {
        // best first: define-an-interface holds the word whole, so embedding-interfaces is the third
        shell("check interface\r" + ScriptedTerminal.DOWN + ScriptedTerminal.DOWN + "\r", true);
        assertThat(screen).contains("'interface' matches 4 skills");
        assertThat(out.toString()).startsWith("[x] todo → done  " + FixtureRoadmaps.EMBEDDING);
        assertThat(runner.stateText()).contains(FixtureRoadmaps.EMBEDDING).doesNotContain(FixtureRoadmaps.DEFINE);
    }

    @Test
    void historyIsKeptAcrossSessions() throws IOException {
        shell("status\r", true);
        assertThat(Files.readString(history())).contains("status");
        out.getBuffer().setLength(0);
        // Up as a terminal sends it once the line editor has switched it to keypad mode
        shell("\033OA\r", true);
        assertThat(out.toString()).isEqualTo(runner.env("COLUMNS", "100").ok("status").out());
    }

    @Test
    void ctrlCDropsTheLineAndCtrlDOrExitLeave() {
        shell("check embedding" + ScriptedTerminal.CTRL_C + "log\r" + ScriptedTerminal.CTRL_D + "status\r", true);
        assertThat(runner.stateText()).isNull();
        assertThat(out.toString()).doesNotContain("alpha");
        shell("exit\rstatus\r", true);
        shell("quit\rstatus\r", true);
        assertThat(out.toString()).doesNotContain("alpha");
    }

    @Test
    void helpIsTheUsageAndAShellInsideTheShellIsRefused() {
        shell("help check\rshell\r", true);
        assertThat(out.toString()).contains("Usage: tracker check");
        assertThat(err.toString()).isEqualTo("tracker: already in the shell; `exit` leaves it\n");
    }

    @Test
    void optionsGivenToTheShellApplyToEveryLine() {
        Path other = tmp.resolve("other.json");
        shell("check embedding\r", true, "--state", other.toString());
        assertThat(runner.stateText()).isNull();
        assertThat(other).content().contains(FixtureRoadmaps.EMBEDDING);
    }

    @Test
    void fromAPipeThereIsNoPromptNoHistoryAndNoPicker() {
        assertThat(shell("status\rcheck interface\r", false)).as("the last line's exit code, as sh").isEqualTo(2);
        assertThat(shell("check interface\rstatus\r", false)).isZero();
        assertThat(screen).doesNotContain(TrackerShell.PROMPT).doesNotContain(TrackerShell.GREETING);
        assertThat(history()).doesNotExist();
        assertThat(err.toString()).startsWith("tracker: 'interface' matches 4 skills; nothing was changed.");
        assertThat(runner.stateText()).isNull();
    }
}
