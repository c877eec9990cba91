package dev.tracker.state;

import java.time.Instant;

/**
 * One recall on a skill's memory schedule, as the history holds it.
 *
 * @param grade     again, hard, good or easy; a skill first seen done in the markdown counts as good
 * @param retention the desired retention it was scheduled with
 * @param seen      true for the start of a schedule the tracker made itself (not graded by the user)
 */
public record Review(Instant at, String grade, double retention, boolean seen) {
}
