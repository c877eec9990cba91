package dev.tracker.cli;

import dev.tracker.shell.Picker;
import dev.tracker.shell.SystemTerminalPicker;

/**
 * How the commands of one command tree may ask the user something. The shell hands every tree
 * it builds the picker of its own terminal, tests hand a scripted one; otherwise the picker is
 * decided on first use: the terminal's when a person is at one (stdin and stdout a terminal,
 * {@code CI} not set, {@code TERM} not dumb), else none, and an ambiguous query fails as it
 * does in a pipe. JLine is loaded only when a picker actually opens the terminal.
 */
public final class Interaction {
    private final TrackerContext context;
    private Picker picker;
    private boolean insideShell;
    private java.util.function.UnaryOperator<String> answers;

    Interaction(TrackerContext context) {
        this.context = context;
    }

    /** For tests: choose through this picker instead of the terminal's. */
    public void usePicker(Picker picker) {
        this.picker = picker;
    }

    /** For tests: answer questions ({@link #ask}) through this instead of the terminal. */
    public void useAnswers(java.util.function.UnaryOperator<String> answers) {
        this.answers = answers;
    }

    /** The user's answer to {@code question} (one line, stripped), or null when nobody can answer. */
    String ask(String question) {
        if (answers != null) {
            return answers.apply(question);
        }
        java.io.Console console = System.console();
        if (!personAtTerminal() || console == null) {
            return null;
        }
        String line = console.readLine("%s", question);
        return line == null ? null : line.strip();
    }

    /** For the shell: this tree runs one of its lines, and asks through the shell's terminal. */
    public void runInsideShell(Picker shellPicker) {
        this.picker = shellPicker;
        this.insideShell = true;
    }

    boolean insideShell() {
        return insideShell;
    }

    Picker picker() {
        if (picker == null) {
            picker = personAtTerminal() ? new SystemTerminalPicker() : Picker.NO_TERMINAL;
        }
        return picker;
    }

    /** Someone who can answer: a terminal on both ends, and neither CI nor a terminal without cursor keys. */
    boolean personAtTerminal() {
        String ci = context.env().get("CI");
        boolean onCi = ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false");
        return context.interactive() && !onCi && !"dumb".equals(context.env().get("TERM"));
    }
}
