package dev.tracker.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// a terminal read that never returns must fail the test, not hang the build: JLine ignores interrupts
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TerminalPickerTest {
    private static final List<Choice> CHOICES = List.of(
            new Choice("go/structs/l1/syntax", "Syntax: define a struct"),
            new Choice("go/slices/l1/syntax", "Syntax: declare an array"),
            new Choice("go/interfaces/l1/syntax", "Syntax: define an interface"));
    private static final TrackerException REFUSAL = new TrackerException(ExitCode.USAGE, "refused");

    private static int choose(ScriptedTerminal keys) {
        return new TerminalPicker(keys.terminal()).choose("'syntax' matches 3 skills", CHOICES, REFUSAL);
    }

    @Test
    void enterChoosesTheFirstCandidateAndTheListIsShown() {
        ScriptedTerminal keys = new ScriptedTerminal("\r");
        assertThat(choose(keys)).isZero();
        assertThat(keys.screen()).contains("'syntax' matches 3 skills", "> go/structs/l1/syntax  Syntax: define a struct",
                "  go/slices/l1/syntax", "3 of 3");
    }

    @Test
    void arrowsMoveTheSelection() {
        assertThat(choose(new ScriptedTerminal(ScriptedTerminal.DOWN + ScriptedTerminal.DOWN + ScriptedTerminal.UP + "\r")))
                .isEqualTo(1);
        assertThat(choose(new ScriptedTerminal("\016\016\r"))).as("Ctrl-N twice").isEqualTo(2);
    }

    @Test
    void typingNarrowsAndBackspaceWidens() {
        assertThat(choose(new ScriptedTerminal("interf\r"))).isEqualTo(2);
        assertThat(choose(new ScriptedTerminal("array\177\177\177\177\177" + ScriptedTerminal.DOWN + "\r"))).isEqualTo(1);
    }

    @Test
    void enterWithNothingLeftChoosesNothingUntilTheFilterWidens() {
        ScriptedTerminal keys = new ScriptedTerminal("zzz\r\025\r");
        assertThat(choose(keys)).isZero();
        assertThat(keys.screen()).contains("no candidate has those words");
    }

    @Test
    void escCtrlCAndCtrlDCancelWithExit2() {
        // an Enter after each: had the key not cancelled, it would choose
        List<ScriptedTerminal> cancelling = List.of(
                new ScriptedTerminal(ScriptedTerminal.DOWN + ScriptedTerminal.ESC, "\r"),
                new ScriptedTerminal(ScriptedTerminal.CTRL_C + "\r"),
                new ScriptedTerminal("inter" + ScriptedTerminal.CTRL_D + "\r"));
        for (ScriptedTerminal keys : cancelling) {
            assertThatThrownBy(() -> choose(keys)).isInstanceOfSatisfying(TrackerException.class, e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                assertThat(e.getMessage()).isEqualTo("nothing chosen; nothing was changed");
            });
        }
    }

    @Test
    void theTerminalModesAreRestoredAfterwards() {
        ScriptedTerminal keys = new ScriptedTerminal("\r");
        var before = keys.terminal().getAttributes();
        choose(keys);
        assertThat(keys.terminal().getAttributes().getLocalFlags()).isEqualTo(before.getLocalFlags());
    }

    @Test
    void noTerminalThrowsTheCommandsOwnError() {
        assertThatThrownBy(() -> Picker.NO_TERMINAL.choose("q", CHOICES, REFUSAL)).isSameAs(REFUSAL);
    }
}
