package dev.tracker.shell;

import java.nio.file.Path;
import java.util.List;

/**
 * What the shell needs from the tracker without knowing its command tree: where the history
 * is kept, what Tab offers, and how to run one line.
 *
 * @param historyFile the file of past lines (kept across sessions), or null to keep none
 * @param completions what Tab offers
 * @param commands    runs the words of one line as a tracker command
 * @param interactive a person types: prompt, greeting, history and picker; false when the
 *                    lines come from a pipe ({@code tracker shell < commands.txt})
 */
public record ShellSession(Path historyFile, CommandCompletions completions, Commands commands, boolean interactive) {
    /**
     * Runs one line's words as a tracker command, asking through {@code picker} when a query is
     * ambiguous, laid out for {@code columns} (the terminal's width now; 0 when unknown), and
     * returns its exit code.
     */
    @FunctionalInterface
    public interface Commands {
        int run(List<String> words, Picker picker, int columns);
    }
}
