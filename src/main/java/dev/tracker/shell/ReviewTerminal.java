package dev.tracker.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The review session on the user's terminal, in raw mode so that one key is one answer. */
public final class ReviewTerminal {
    private ReviewTerminal() {
    }

    /** Runs {@code cards}; false when no real terminal could be had (the caller then lists instead). */
    public static boolean run(List<ReviewSession.Card> cards, ReviewSession.Grader grader) {
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder().name("tracker").system(true).dumb(false).build();
        } catch (IOException | IllegalStateException e) {
            return false;
        }
        try {
            if (Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
                return false;
            }
            Attributes saved = terminal.enterRawMode();
            // raw mode leaves output processing alone, but say \r\n to be sure lines start at column 0
            Attributes raw = terminal.getAttributes();
            raw.setLocalFlag(Attributes.LocalFlag.ISIG, false); // Ctrl-C quits the session as q does
            terminal.setAttributes(raw);
            try {
                PrintWriter out = new PrintWriter(terminal.writer(), true);
                new ReviewSession(out, () -> {
                    try {
                        return terminal.reader().read();
                    } catch (IOException e) {
                        return -1;
                    }
                }, grader).run(cards);
            } finally {
                terminal.setAttributes(saved);
                terminal.flush();
            }
            return true;
        } finally {
            try {
                terminal.close();
            } catch (IOException e) {
                // modes were restored above; a failed close loses nothing
            }
        }
    }
}
