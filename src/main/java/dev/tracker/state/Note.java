package dev.tracker.state;

import java.time.Instant;

/** A dated note on a skill; {@code cmd} is the command that wrote it, which a deletion names. */
public record Note(String cmd, Instant at, String text) {
}
