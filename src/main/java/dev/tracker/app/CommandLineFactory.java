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
import picocli.CommandLine;

/** The one place a command tree is wired: used by main, by the tests, and later by the shell. */
public final class CommandLineFactory {
    private CommandLineFactory() {
    }

    public static CommandLine create(TrackerContext context) {
        TrackerCommand root = new TrackerCommand(context);
        CommandLine commandLine = new CommandLine(root)
                .addSubcommand(new StatusCommand(context))
                .addSubcommand(new CheckCommand(context))
                .addSubcommand(new UncheckCommand(context))
                .addSubcommand(new StartCommand(context))
                .addSubcommand(new SkipCommand(context))
                .addSubcommand(new NextCommand(context))
                .addSubcommand(new GapsCommand(context))
                .addSubcommand(new ShowCommand(context))
                .addSubcommand(new ListCommand(context))
                .addSubcommand(new SearchCommand(context))
                .addSubcommand(new LogCommand(context))
                .addSubcommand(new UndoCommand(context))
                .addSubcommand(new DoctorCommand(context))
                .addSubcommand(new ShellCommand(context, CommandLineFactory::create))
                .addSubcommand(new CompletionCommand(context))
                .addSubcommand(new CompleteCommand(context));
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
            e.getCommandLine().usage(context.err());
            context.err().flush();
            return ExitCode.USAGE;
        });
        return commandLine;
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
