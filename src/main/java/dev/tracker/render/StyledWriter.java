package dev.tracker.render;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that restyles each finished line (colour, ASCII stand-ins) on its way out. The style
 * is set once the command line is parsed, before the command prints anything.
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
            target.write(style.apply(line.toString()));
            line.setLength(0);
        }
    }
}
