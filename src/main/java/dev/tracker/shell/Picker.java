package dev.tracker.shell;

import dev.tracker.graph.TrackerException;
import java.util.List;

/**
 * Lets the user choose one of the candidates an ambiguous query matched. On a terminal that is
 * a list to move through and narrow by typing; with nobody to ask (a pipe, CI, the tests) it
 * throws the error the command gives anyway, so the output there stays exactly as it was.
 */
@FunctionalInterface
public interface Picker {
    /** Nobody to ask: every choice fails with the command's own error and candidate list. */
    Picker NO_TERMINAL = (question, choices, refusal) -> {
        throw refusal;
    };

    /**
     * @param question what matched ("'syntax' matches 13 skills"), shown above the list
     * @param choices  the candidates, in the order the query found them
     * @param refusal  the error to throw when nobody can be asked
     * @return the index in {@code choices} of the one chosen
     * @throws TrackerException {@code refusal}, or exit 2 when the user cancels (nothing changes)
     */
    int choose(String question, List<Choice> choices, TrackerException refusal);
}
