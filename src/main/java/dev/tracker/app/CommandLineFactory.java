package dev.tracker.app;

import dev.tracker.cli.CheckCommand;
import dev.tracker.cli.CompleteCommand;
import dev.tracker.cli.CompletionCommand;
import dev.tracker.cli.DoctorCommand;
import dev.tracker.cli.GapsCommand;
import dev.tracker.cli.ListCommand;
import dev.tracker.cli.LogCommand;
import dev.tracker.cli.NextCommand;
import dev.tracker.cli.SearchCommand;
import dev.tracker.cli.ShellCommand;
import dev.tracker.cli.ShowCommand;
import dev.tracker.cli.SkipCommand;
import dev.tracker.cli.StartCommand;
import dev.tracker.cli.StatusCommand;
import dev.tracker.cli.TrackerCommand;
import dev.tracker.cli.TrackerContext;
import dev.tracker.cli.UncheckCommand;
import dev.tracker.cli.UndoCommand;
import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.util.List;
import picocli.CommandLine;

/** The one place a command tree is wired: used by main, by the tests, and by the shell. */
public final class CommandLineFactory {
    /** Every subcommand's name, in the order `--help` lists them. */
    static final List<String> COMMANDS = List.of("status", "check", "uncheck", "start", "skip", "next", "gaps", "show",
            "list", "search", "log", "undo", "doctor", "shell", "completion", "__complete");

    /**
     * Picocli's own switch (a property it documents) to skip the type converters it would find
     * by reflection for every command line: java.sql and java.time types no option here has.
     */
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    static {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.sql\\..*,java\\.time\\..*");
        }
    }

    private CommandLineFactory() {
    }

    /** The whole tree: for the shell, the man page, and any run that needs more than one command. */
    public static CommandLine create(TrackerContext context) {
        return build(context, COMMANDS, false);
    }

    /**
     * The tree main needs to run {@code args}: only the subcommand they name when that is
     * certain (see {@link CommandScan}), else the whole tree. Picocli builds each command's
     * model by reflection, ~2 ms a command on a cold JVM; a run needs only one.
     */
    public static CommandLine createFor(TrackerContext context, String... args) {
        String only = CommandScan.soleCommand(args);
        return only == null ? create(context) : build(context, List.of(only), true);
    }

    private static CommandLine build(TrackerContext context, List<String> names, boolean partial) {
        TrackerCommand root = new TrackerCommand(context);
        CommandLine commandLine = new CommandLine(root.spec());
        for (String name : names) {
            commandLine.addSubcommand(command(name, context));
        }
        // the settings below reach the subcommands added so far only
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionStrategy(parseResult -> {
            context.styler().accept(root.outputStyle());
            return new CommandLine.RunLast().execute(parseResult);
        });
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> handle(e, context, root.debug()));
        commandLine.setParameterExceptionHandler((e, args) -> {
            context.err().println("tracker: " + e.getMessage());
            // the root's usage lists every command, which a partial tree lacks
            boolean rootOfPartial = partial && e.getCommandLine() == commandLine;
            (rootOfPartial ? create(context) : e.getCommandLine()).usage(context.err());
            context.err().flush();
            return ExitCode.USAGE;
        });
        return commandLine;
    }

    /** A switch rather than a table of lambdas: each lambda costs a class spun at start-up. */
    private static Object command(String name, TrackerContext context) {
        return switch (name) {
            case "status" -> new StatusCommand(context).spec();
            case "check" -> new CheckCommand(context).spec();
            case "uncheck" -> new UncheckCommand(context).spec();
            case "start" -> new StartCommand(context).spec();
            case "skip" -> new SkipCommand(context).spec();
            case "next" -> new NextCommand(context).spec();
            case "gaps" -> new GapsCommand(context).spec();
            case "show" -> new ShowCommand(context).spec();
            case "list" -> new ListCommand(context).spec();
            case "search" -> new SearchCommand(context).spec();
            case "log" -> new LogCommand(context).spec();
            case "undo" -> new UndoCommand(context).spec();
            case "doctor" -> new DoctorCommand(context).spec();
            case "shell" -> new ShellCommand(context, CommandLineFactory::create).spec();
            case "completion" -> new CompletionCommand(context).spec();
            case "__complete" -> new CompleteCommand(context).spec();
            default -> throw new IllegalArgumentException("no command " + name);
        };
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
