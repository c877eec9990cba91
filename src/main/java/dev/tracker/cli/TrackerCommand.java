package dev.tracker.cli;

import dev.tracker.config.Settings;
import dev.tracker.render.OutputStyle;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** The top of the command tree; its options apply to every subcommand. */
public final class TrackerCommand implements Runnable {
    private final CommandSpec spec;
    private final TrackerContext context;
    private final Interaction interaction;
    private final Specs.Value<Path> state;
    private final Specs.Value<Path> roadmaps;
    private final Specs.Value<Boolean> debug;
    private final Specs.Value<OutputStyle.ColorChoice> color;
    private final Specs.Value<Boolean> noColor;
    private final Specs.Value<Boolean> ascii;
    private Settings settings;

    public TrackerCommand(TrackerContext context) {
        this.context = context;
        this.interaction = new Interaction(context);
        spec = Specs.command(this, "tracker", new String[] {
            "A learning tracker for markdown roadmaps: where you stand, what is next.",
            "With no command: the interactive shell at a terminal, `status` anywhere else."}, null);
        spec.versionProvider(new TrackerVersion());
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put("0", "ok");
        exitCodes.put("1", "failed (e.g. no skill matches the query)");
        exitCodes.put("2", "usage error, a query that matches several skills, or a config file fault");
        exitCodes.put("65", "a roadmap or the state file cannot be read (not text, invalid JSON)");
        exitCodes.put("66", "roadmaps not found, or none in the folder");
        exitCodes.put("73", "the state file's folder cannot be created");
        exitCodes.put("74", "an I/O error (permission denied, disk full)");
        exitCodes.put("75", "another tracker is writing the state file; try again");
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes)
                .footerHeading("%nFiles:%n").footer(
                "  config    $XDG_CONFIG_HOME/tracker/config.toml (~/.config/tracker/...):",
                "            see `tracker config`; flags and variables override it",
                "  roadmaps  --roadmaps, else $TRACKER_ROADMAPS, else the config's, else",
                "            ./roadmaps, else the five roadmaps bundled in the jar",
                "  state     --state, else $TRACKER_STATE, else the config's, else",
                "            $XDG_DATA_HOME/tracker/state.json (~/.local/share/tracker/...)",
                "",
                "Examples:",
                "  tracker status                        where you stand on every roadmap",
                "  tracker status go-architect-tracker   its sections, each with a bar",
                "  tracker check interfaces/l2/mocking   mark a skill done",
                "  tracker start zombie array            mark a skill in progress, by its words");
        state = Specs.inheritedOption(spec, Path.class, "FILE",
                "The state file (default: $TRACKER_STATE, else the config's, else "
                + "$XDG_DATA_HOME/tracker/state.json).", "--state");
        roadmaps = Specs.inheritedOption(spec, Path.class, "PATH", "A folder of roadmaps, or one roadmap file "
                + "(default: $TRACKER_ROADMAPS, else the config, else ./roadmaps, else the bundled set).", "--roadmaps");
        debug = Specs.inheritedFlag(spec, "--debug", "Print the stack trace of an unexpected error.");
        color = Specs.inheritedOption(spec, OutputStyle.ColorChoice.class, "WHEN",
                "Colour: auto (on a terminal, unless NO_COLOR is set), always, never.", "--color");
        noColor = Specs.inheritedFlag(spec, "--no-color", "No colour (as NO_COLOR=1 does).");
        ascii = Specs.inheritedFlag(spec, "--ascii", "ASCII bars and symbols (the default where the locale is not UTF-8).");
        Specs.addHelpOptions(spec);
    }

    /** The model picocli parses into. */
    public CommandSpec spec() {
        return spec;
    }

    /** How this tree's commands may ask the user (the picker); the shell and tests set it. */
    public Interaction interaction() {
        return interaction;
    }

    /**
     * The settings of this run: the config file is read on first use, whole or not at all (a
     * fault is one line, exit 2), and any warning about it printed once.
     */
    public Settings settings() {
        if (settings == null) {
            RoadmapsLocationCheck.refuseEmpty(roadmaps.get());
            OutputStyle.ColorChoice when = color.get();
            String colorFlag = noColor.get() ? "never" : when == null ? null : when.name().toLowerCase(java.util.Locale.ROOT);
            Settings made = new Settings(context.env(), context.workingDir(),
                    new Settings.Flags(roadmaps.get(), state.get(), colorFlag, ascii.get()));
            made.config();
            made.warnings().forEach(warning -> context.err().println("tracker: warning: " + warning));
            settings = made;
        }
        return settings;
    }

    Workspace workspace() {
        return new Workspace(context, settings());
    }

    public boolean debug() {
        return debug.get();
    }

    /** The look the options, the environment and (once read) the config file ask for. */
    public OutputStyle outputStyle() {
        if (settings != null) {
            OutputStyle.ColorChoice choice = OutputStyle.ColorChoice.valueOf(settings.color().value().toUpperCase(java.util.Locale.ROOT));
            return OutputStyle.decide(choice, false, settings.ascii().value(), context.env(), context.interactive());
        }
        OutputStyle.ColorChoice when = color.get();
        return OutputStyle.decide(when == null ? OutputStyle.ColorChoice.AUTO : when, noColor.get(), ascii.get(),
                context.env(), context.interactive());
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
