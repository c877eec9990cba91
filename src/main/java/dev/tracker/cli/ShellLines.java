package dev.tracker.cli;

import dev.tracker.shell.CommandCompletions.Suggestion;
import dev.tracker.shell.Picker;
import dev.tracker.shell.ShellSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Runs one line of the shell as {@code tracker} runs it from the user's own shell: a fresh
 * command tree from the same factory every time (no option value lingers from the line
 * before), with the options the shell itself was given put first. A line's own options come
 * after them and win.
 */
public final class ShellLines implements ShellSession.Commands {
    /** What the shell understands beyond the command tree, for Tab. */
    static final List<Suggestion> SHELL_COMMANDS = List.of(
            new Suggestion("exit", "Leave the shell (also Ctrl-D, or quit).", "commands"),
            new Suggestion("quit", "Leave the shell (also Ctrl-D, or exit).", "commands"));

    private final TrackerContext context;
    private final Function<TrackerContext, CommandLine> newTree;
    private final List<String> sessionOptions;

    /**
     * @param context        the streams, environment and clock every line runs with
     * @param newTree        the one factory of command trees (the one {@code main} uses)
     * @param sessionOptions arguments put before every line, such as {@code --state FILE}
     */
    public ShellLines(TrackerContext context, Function<TrackerContext, CommandLine> newTree,
                      List<String> sessionOptions) {
        this.context = context;
        this.newTree = newTree;
        this.sessionOptions = List.copyOf(sessionOptions);
    }

    @Override
    public int run(List<String> words, Picker picker, int columns) {
        CommandLine tree = newTree.apply(columns > 0 ? withColumns(columns) : context);
        ((TrackerCommand) tree.getCommand()).interaction().runInsideShell(picker);
        tree.setOverwrittenOptionsAllowed(true);
        List<String> args = new ArrayList<>(sessionOptions);
        args.addAll(words);
        int exit = tree.execute(args.toArray(String[]::new));
        context.out().flush();
        context.err().flush();
        return exit;
    }

    /** The context with $COLUMNS set to the terminal's width, as the launcher sets it for every run. */
    private TrackerContext withColumns(int columns) {
        Map<String, String> env = new HashMap<>(context.env());
        env.put("COLUMNS", String.valueOf(columns));
        return new TrackerContext(context.out(), context.err(), env, context.workingDir(), context.clock(),
                context.interactive(), context.styler());
    }

    /** The options {@code tracker shell} (or {@code tracker} alone) was given, as arguments to repeat on every line. */
    static List<String> replay(ParseResult given) {
        List<String> options = new ArrayList<>();
        for (ParseResult result = given; result != null; result = result.subcommand()) {
            for (OptionSpec option : result.matchedOptions()) {
                if (option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                if (option.arity().max() == 0) {
                    options.add(option.longestName());
                } else {
                    for (String value : option.originalStringValues()) {
                        options.add(option.longestName());
                        options.add(value);
                    }
                }
            }
        }
        return options;
    }
}
