package dev.tracker.app;

import dev.tracker.cli.Commands;
import dev.tracker.cli.TrackerCommand;
import dev.tracker.cli.TrackerContext;
import dev.tracker.cli.UnknownCommand;
import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.util.List;
import picocli.CommandLine;

/** The one place a command tree is wired: used by main, by the tests, and by the shell. */
public final class CommandLineFactory {
    /**
     * Picocli's own switch (a property it documents) to skip the type converters it would find
     * by reflection for every command line: java.sql and java.time types no option here has.
     * One pattern: picocli compiles each of them again for each of those 18 converters, for
     * every command line of the tree (40 for `--help`).
     */
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    static {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.(sql|time)\\..*");
        }
    }

    private CommandLineFactory() {
    }

    /** The whole tree: for the shell, the man page, and any run that needs more than one command. */
    public static CommandLine create(TrackerContext context) {
        return build(context, Commands.values(), false);
    }

    /**
     * The tree main needs to run {@code args}: only the subcommand they name when that is
     * certain (see {@link CommandScan}), else the whole tree. Picocli builds each command's
     * model by reflection, ~2 ms a command on a cold JVM; a run needs only one.
     */
    public static CommandLine createFor(TrackerContext context, String... args) {
        Commands only = CommandScan.soleCommand(args);
        return only == null ? create(context) : build(context, new Commands[] {only}, true);
    }

    private static CommandLine build(TrackerContext context, Commands[] commands, boolean partial) {
        TrackerCommand root = new TrackerCommand(context);
        CommandLine commandLine = new CommandLine(root.spec());
        for (Commands command : commands) {
            // the shell alone needs the factory: a method reference evaluated for every command would link a lambda at start-up
            commandLine.addSubcommand(command.commandName(), command == Commands.SHELL
                    ? command.create(context, CommandLineFactory::create) : command.create(context, null));
        }
        // the settings below reach the subcommands added so far only
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionStrategy(parseResult -> {
            if (readsConfig(parseResult)) {
                try {
                    root.settings(); // the config file, whole, before anything runs
                } catch (TrackerException e) {
                    return handle(e, context, root.debug());
                }
            }
            context.styler().accept(root.outputStyle());
            return new CommandLine.RunLast().execute(parseResult);
        });
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> handle(e, context, root.debug()));
        commandLine.setParameterExceptionHandler((e, args) -> {
            if (e instanceof CommandLine.UnmatchedArgumentException && e.getCommandLine() == commandLine
                    && isWordWhereCommandGoes((CommandLine.UnmatchedArgumentException) e)) {
                String word = ((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0);
                context.err().println("tracker: " + UnknownCommand.error(word, Commands.names()).getMessage());
                context.err().flush();
                return ExitCode.USAGE;
            }
            context.err().println("tracker: " + e.getMessage());
            // the root's usage lists every command, which a partial tree lacks
            boolean rootOfPartial = partial && e.getCommandLine() == commandLine;
            (rootOfPartial ? create(context) : e.getCommandLine()).usage(context.err());
            context.err().flush();
            return ExitCode.USAGE;
        });
        return commandLine;
    }

    /**
     * Help, the version and the completion scripts run whatever the config file holds, and so does
     * `config KEY VALUE`, the way out its error offers (it checks the file as edited before writing);
     * everything else reads it first.
     */
    private static boolean readsConfig(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult part = parseResult; part != null; part = part.subcommand()) {
            String name = part.commandSpec().name();
            if (part.isUsageHelpRequested() || part.isVersionHelpRequested() || name.equals(Commands.HELP.commandName())
                    || name.equals(Commands.COMPLETION.commandName())
                    || name.equals(Commands.CONFIG.commandName()) && part.matchedPositionals().size() > 1) {
                return false;
            }
        }
        return true;
    }

    /** The root was given a word that is no option: a misspelt command, not a reason to print the whole usage. */
    private static boolean isWordWhereCommandGoes(CommandLine.UnmatchedArgumentException e) {
        List<String> unmatched = e.getUnmatched();
        return !unmatched.isEmpty() && !unmatched.get(0).startsWith("-") && !unmatched.get(0).startsWith("@");
    }

    /** One line on stderr (plus any candidates); the stack trace only with --debug. */
    private static int handle(Exception e, TrackerContext context, boolean debug) {
        int exitCode;
        if (e instanceof TrackerException) {
            TrackerException error = (TrackerException) e;
            context.err().println("tracker: " + error.getMessage());
            error.details().forEach(context.err()::println);
            exitCode = error.exitCode();
        } else {
            context.err().println("tracker: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            exitCode = ExitCode.FAILURE;
        }
        if (debug) {
            e.printStackTrace(context.err());
        }
        context.err().flush();
        return exitCode;
    }
}
