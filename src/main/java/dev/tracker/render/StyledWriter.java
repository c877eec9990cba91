package dev.tracker.render;

import java.io.IOException;
import java.io.Writer;

/**
 * The one way text leaves the tracker: each finished line is made printable (a control
 * character from a roadmap or the state file is shown as {@code ^[}, never sent to the
 * terminal; see {@link Printable}) and then restyled (colour, ASCII stand-ins), so the only
 * escape sequences on the way out are the tracker's own colours. The style is set once the
 * command line is parsed, before the command prints anything.
 */
public final class StyledWriter extends Writer {
    private final Writer target;
    private final StringBuilder line = new StringBuilder();
    private volatile OutputStyle style = OutputStyle.PLAIN;

    public StyledWriter(Writer target) {
        this.target = target;
    }

    public void style(OutputStyle style) {
        this.style = style;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            line.append(chars[i]);
            if (chars[i] == '\n') {
                emit();
            }
        }
    }

    /** Whole lines of a string go out as they are: no copy into the line buffer, a character at a time. */
    @Override
    public synchronized void write(String text, int offset, int length) throws IOException {
        int end = offset + length;
        int start = offset;
        for (int i = offset; i < end; i++) {
            if (text.charAt(i) != '\n') {
                continue;
            }
            if (line.length() > 0) {
                line.append(text, start, i + 1);
                emit();
            } else {
                target.write(style.apply(Printable.of(text.substring(start, i + 1))));
            }
            start = i + 1;
        }
        line.append(text, start, end);
    }

    @Override
    public synchronized void flush() throws IOException {
        emit();
        target.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
        target.close();
    }

    private void emit() throws IOException {
        if (line.length() > 0) {
            target.write(style.apply(Printable.of(line.toString())));
            line.setLength(0);
        }
    }
}
