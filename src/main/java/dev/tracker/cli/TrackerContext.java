package dev.tracker.cli;

import dev.tracker.render.OutputStyle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a command may touch of the outside world, injected so that tests run commands with
 * captured output, a temporary state file and a fixed clock, exactly as `main` runs them.
 *
 * @param out        standard output
 * @param err        standard error
 * @param env        the environment variables
 * @param workingDir the folder the command runs in ({@code ./roadmaps} is looked up there)
 * @param clock      the time stamped on changes
 * @param interactive whether a person is at a terminal (stdin and stdout are a terminal)
 * @param styler     receives the output style (colour, ASCII) once the options are parsed
 */
public record TrackerContext(PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir, Clock clock,
                             boolean interactive, Consumer<OutputStyle> styler) {
    public TrackerContext {
        env = Map.copyOf(env);
    }

    /** A context with no terminal and plain output: pipes, CI, tests. */
    public TrackerContext(PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir, Clock clock) {
        this(out, err, env, workingDir, clock, false, style -> { });
    }

    /** Columns to lay text out in: $COLUMNS when set, else 80. */
    public int width() {
        try {
            int columns = Integer.parseInt(env.getOrDefault("COLUMNS", "80").strip());
            return columns >= 20 ? columns : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
