package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.shell.CommandCompletions;
import dev.tracker.shell.ShellSession;
import dev.tracker.shell.TrackerShell;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** {@code tracker shell}: An interactive prompt that runs every command without starting Java again. */
public final class ShellCommand extends ModelledCommand implements Callable<Integer> {
    private final Function<TrackerContext, CommandLine> newTree;

    /** @param newTree the one factory of command trees, to build a fresh tree for every line */
    public ShellCommand(TrackerContext context, Function<TrackerContext, CommandLine> newTree) {
        super(context, "shell",
                new String[] {"An interactive prompt that runs every command without starting Java again.",
                    "Tab completes commands, options and ids from any part of an id (`interf`",
                    "finds …/interfaces/…); Up and Down recall earlier lines, kept in `history`",
                    "beside the state file. Ctrl-C drops the line; Ctrl-D, `exit` or `quit`",
                    "leaves; `help [COMMAND]` shows the usage. Options given to the shell",
                    "(--state, --roadmaps, --no-color…) apply to every line. `tracker` alone",
                    "opens the shell when it runs at a terminal."},
                "  tracker shell",
                "  tracker --state /tmp/try.json shell   try things out on a scratch state file",
                "  tracker shell < commands.txt          run a file of commands in one JVM");
        this.newTree = newTree;
    }


    /** The exit code of the last line run, as sh gives. */
    @Override
    public Integer call() {
        if (root().interaction().insideShell()) {
            throw new TrackerException(ExitCode.USAGE, "already in the shell; `exit` leaves it");
        }
        return open(root(), spec.root().commandLine().getParseResult());
    }

    /** Opens the shell for the tree {@code root} heads, repeating on every line the options it was {@code given}. */
    int open(TrackerCommand root, ParseResult given) {
        Workspace workspace = root.workspace();
        Map<String, SkillGraph> graphs = new HashMap<>();
        // ids come from the session's roadmaps, or from those a line names with --roadmaps
        Function<String, SkillGraph> graph = roadmaps -> graphs.computeIfAbsent(roadmaps == null ? "" : roadmaps,
                key -> key.isEmpty() ? workspace.graph() : new Workspace(context, root.settings(), Path.of(key)).graph());
        CommandCompletions completions = new CommandCompletions(given.commandSpec(), graph, ShellLines.SHELL_COMMANDS,
                Commands::argumentsOf);
        ShellLines lines = new ShellLines(context, newTree, ShellLines.replay(given));
        if (context.interactive()) {
            // loaded now, so that a roadmap's warnings show before the prompt rather than in the middle of a Tab
            try {
                graph.apply(null);
            } catch (TrackerException e) {
                workspace.warn(e.getMessage());
            }
        }
        Path history = workspace.stateFile().resolveSibling("history");
        return TrackerShell.openOnSystemTerminal(new ShellSession(history, completions, lines, context.interactive()));
    }
}
