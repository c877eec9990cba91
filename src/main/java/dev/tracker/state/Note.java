package dev.tracker.state;

import java.time.Instant;

/** A dated note on a skill; {@code cmd} is the command that wrote it, which a deletion names. */
public record Note(String cmd, Instant at, String text) {
    /** A note is evidence, a link, an answer: far below what a state file reads back ({@link StateBounds#MAX_STRING_CHARS}). */
    public static final int MAX_CHARS = 100_000;
}
