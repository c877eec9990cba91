package dev.tracker.roadmap;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The markdown as Flexmark reads it: every character it looks at comes through
 * {@link #charAt}, which throws once the parse has been cancelled. A parse that ran past its
 * deadline thus stops at its next read instead of burning a CPU until the process exits
 * (Java has no safe way to stop a thread from outside).
 */
final class CancellableText implements CharSequence {
    private final String text;
    private final AtomicBoolean cancelled;

    /** The text, and the switch its parse's owner turns on to stop the parse. */
    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (cancelled.get()) {
            throw new CancellationException("the parse ran past its deadline");
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
