package dev.tracker.shell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * JLine's dumb terminal fed with scripted keys, for tests. It is typed as an xterm so that the
 * line editor binds Tab and arrows (a terminal typed "dumb" binds none), and Ctrl-C raises
 * SIGINT as a real terminal's line discipline does. After the script, and a pause, the user
 * keeps pressing Ctrl-U Ctrl-D (clear the line, leave; in the picker: clear, cancel): a stream
 * that ended instead can leave JLine's reader thread waiting for ever once a peek took the end.
 */
final class ScriptedTerminal {
    static final String UP = "\033[A";
    static final String DOWN = "\033[B";
    static final String ESC = "\033";
    static final String CTRL_C = "\003";
    static final String CTRL_D = "\004";

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Terminal terminal;

    ScriptedTerminal(String keys) {
        this(keys, "");
    }

    /** @param afterPause keys typed after the pause, before the endless Ctrl-U Ctrl-D */
    ScriptedTerminal(String keys, String afterPause) {
        try {
            terminal = new DumbTerminal("test", "xterm-256color",
                    new SequenceInputStream(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), leaving(afterPause)),
                    output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        terminal.setSize(new Size(100, 30));
        Attributes attributes = terminal.getAttributes();
        attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
        attributes.setControlChar(Attributes.ControlChar.VEOF, 4);
        terminal.setAttributes(attributes);
    }

    private static InputStream leaving(String afterPause) {
        byte[] late = afterPause.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private int count;

            @Override
            public int read() {
                if (count == 0) {
                    pause();
                }
                int at = count++;
                return at < late.length ? late[at] : (at - late.length) % 2 == 0 ? 025 : 004;
            }
        };
    }

    /** Long enough for a lone Esc at the end of the script to be read as Esc, not as the start of an arrow key. */
    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Terminal terminal() {
        return terminal;
    }

    /** Everything written to the terminal, escape sequences removed. */
    String screen() {
        terminal.flush();
        return output.toString(StandardCharsets.UTF_8).replaceAll("\033\\[[0-9;?]*[A-Za-z]|\033[=>()][0-9A-Za-z]?", "");
    }
}
