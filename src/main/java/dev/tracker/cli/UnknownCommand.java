package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.FuzzyMatch;
import dev.tracker.graph.TrackerException;
import java.util.Collection;

/** A word where a command was expected: one line naming the nearest command, not the whole usage. */
public final class UnknownCommand {
    /** Further than this from every command, no guess is offered. */
    private static final int MAX_DISTANCE = 3;

    private UnknownCommand() {
    }

    /** "'chek' is not a command; did you mean 'check'?" (exit 2), or the way to list them when nothing is near. */
    public static TrackerException error(String word, Collection<String> commands) {
        String nearest = null;
        int best = MAX_DISTANCE + 1;
        for (String command : commands) {
            if (command.startsWith("_")) {
                continue; // internal, for the completion scripts
            }
            int distance = command.startsWith(word) && !word.isEmpty() ? 1 : FuzzyMatch.distance(word, command, MAX_DISTANCE);
            if (distance < best) {
                best = distance;
                nearest = command;
            }
        }
        String guess = nearest == null ? "; `tracker help` lists the commands" : "; did you mean '" + nearest + "'?";
        return new TrackerException(ExitCode.USAGE, "'" + word + "' is not a command" + guess);
    }
}
