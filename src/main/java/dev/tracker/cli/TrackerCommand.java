package dev.tracker.cli;

import dev.tracker.render.OutputStyle;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top of the command tree; its options apply to every subcommand. */
@Command(name = "tracker", mixinStandardHelpOptions = true, versionProvider = TrackerVersion.class,
        description = {"A learning tracker for markdown roadmaps: where you stand, what you learned, what is next.",
                "With no command: the interactive shell at a terminal, `status` anywhere else."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:ok",
                "1:failed (e.g. no skill matches the query)",
                "2:usage error, or a query that matches several skills",
                "65:a roadmap or the state file cannot be read (not text, invalid JSON)",
                "66:roadmaps not found, or none in the folder",
                "73:the state file's folder cannot be created",
                "74:an I/O error (permission denied, disk full)",
                "75:another tracker is writing the state file; try again"},
        footerHeading = "%nFiles:%n",
        footer = {"  roadmaps  --roadmaps, else $TRACKER_ROADMAPS, else ./roadmaps,",
                "            else the five roadmaps bundled in the jar",
                "  state     --state, else $TRACKER_STATE, else",
                "            $XDG_DATA_HOME/tracker/state.json (~/.local/share/tracker/...)",
                "",
                "Examples:",
                "  tracker status                        where you stand on every roadmap",
                "  tracker status go-architect-tracker   its sections, each with a bar",
                "  tracker check interfaces/l2/mocking   mark a skill done",
                "  tracker start zombie array            mark a skill in progress, by its words"})
public final class TrackerCommand implements Runnable {
    @Option(names = "--state", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "The state file (default: $TRACKER_STATE, else $XDG_DATA_HOME/tracker/state.json).")
    Path state;

    @Option(names = "--roadmaps", scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "A folder of roadmaps, or one roadmap file (default: $TRACKER_ROADMAPS, else ./roadmaps, else the bundled set).")
    Path roadmaps;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print the stack trace of an unexpected error.")
    boolean debug;

    @Option(names = "--color", scope = ScopeType.INHERIT, paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour: auto (on a terminal, unless NO_COLOR is set), always, never.")
    OutputStyle.ColorChoice color;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colour (as NO_COLOR=1 does).")
    boolean noColor;

    @Option(names = "--ascii", scope = ScopeType.INHERIT,
            description = "ASCII bars and symbols (the default where the locale is not UTF-8).")
    boolean ascii;

    @Spec
    CommandSpec spec;

    private final TrackerContext context;
    private final Interaction interaction;

    public TrackerCommand(TrackerContext context) {
        this.context = context;
        this.interaction = new Interaction(context);
    }

    /** How this tree's commands may ask the user (the picker); the shell and tests set it. */
    public Interaction interaction() {
        return interaction;
    }

    Workspace workspace() {
        return new Workspace(context, state, roadmaps);
    }

    public boolean debug() {
        return debug;
    }

    /** The look the options and the environment ask for. */
    public OutputStyle outputStyle() {
        return OutputStyle.decide(color, noColor, ascii, context.env(), context.interactive());
    }

    /** `tracker` alone opens the shell at a terminal, and prints `status` anywhere else (a pipe, a script). */
    @Override
    public void run() {
        if (context.interactive() && !interaction.insideShell()) {
            ShellCommand shell = (ShellCommand) spec.subcommands().get("shell").getCommand();
            shell.open(this, spec.commandLine().getParseResult());
            return;
        }
        new StatusCommand(context, this).run();
    }
}
