package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.app.CommandLineFactory;
import dev.tracker.shell.Picker;
import dev.tracker.shell.SystemTerminalPicker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** When a person can be asked, and which options the shell repeats on every line. */
class InteractionTest {
    private static TrackerContext context(boolean interactive, String... env) {
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < env.length; i += 2) {
            variables.put(env[i], env[i + 1]);
        }
        PrintWriter nowhere = new PrintWriter(new StringWriter());
        return new TrackerContext(nowhere, nowhere, variables, Path.of("."), Clock.systemUTC(), interactive, style -> { });
    }

    @Test
    void aPersonIsAtATerminalOnlyWithATerminalOutsideCiAndNotDumb() {
        assertThat(new Interaction(context(true, "TERM", "xterm")).personAtTerminal()).isTrue();
        assertThat(new Interaction(context(true, "CI", "false")).personAtTerminal()).isTrue();
        assertThat(new Interaction(context(false)).personAtTerminal()).isFalse();
        assertThat(new Interaction(context(true, "CI", "true")).personAtTerminal()).isFalse();
        assertThat(new Interaction(context(true, "TERM", "dumb")).personAtTerminal()).isFalse();
    }

    @Test
    void thePickerIsTheTerminalsOnlyWhereSomeoneCanBeAsked() {
        assertThat(new Interaction(context(false)).picker()).isSameAs(Picker.NO_TERMINAL);
        assertThat(new Interaction(context(true, "CI", "1")).picker()).isSameAs(Picker.NO_TERMINAL);
        assertThat(new Interaction(context(true)).picker()).isInstanceOf(SystemTerminalPicker.class);
        Interaction inShell = new Interaction(context(true));
        Picker scripted = (question, choices, refusal) -> 0;
        inShell.runInsideShell(scripted);
        assertThat(inShell.picker()).isSameAs(scripted);
        assertThat(inShell.insideShell()).isTrue();
    }

    @Test
    void theShellRepeatsTheOptionsItWasGivenBeforeOrAfterItsName() {
        CommandLine tree = CommandLineFactory.create(context(false));
        CommandLine.ParseResult given = tree.parseArgs("--state", "s.json", "--no-color", "shell", "--roadmaps", "r",
                "--color=never");
        assertThat(ShellLines.replay(given)).containsExactly("--state", "s.json", "--no-color", "--roadmaps", "r",
                "--color", "never");
    }
}
