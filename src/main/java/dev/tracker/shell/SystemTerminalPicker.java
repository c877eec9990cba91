package dev.tracker.shell;

import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The picker for a command typed at the user's own shell ({@code tracker check syntax}): it
 * opens the terminal only for as long as it asks. Where no real terminal can be had after all,
 * it fails as a pipe does, with the command's own error.
 */
public final class SystemTerminalPicker implements Picker {
    @Override
    public int choose(String question, List<Choice> choices, TrackerException refusal) {
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder().name("tracker").system(true).dumb(false).build();
        } catch (IOException | IllegalStateException e) {
            throw refusal;
        }
        try {
            if (Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
                throw refusal;
            }
            return new TerminalPicker(terminal).choose(question, choices, refusal);
        } finally {
            try {
                terminal.close();
            } catch (IOException e) {
                // the picker restored the terminal's modes itself; a failed close loses nothing
            }
        }
    }
}
