package dev.tracker.cli;

import dev.tracker.render.OutputStyle;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/** The top of the command tree; its options apply to every subcommand. */
public final class TrackerCommand implements Runnable {
    private final CommandSpec spec;
    private final TrackerContext context;
    private final Interaction interaction;

    public TrackerCommand(TrackerContext context) {
        this.context = context;
        this.interaction = new Interaction(context);
        spec = Specs.command(this, "tracker", new String[] {
            "A learning tracker for markdown roadmaps: where you stand, what you learned, what is next.",
            "With no command: the interactive shell at a terminal, `status` anywhere else."}, null);
        spec.versionProvider(new TrackerVersion());
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put("0", "ok");
        exitCodes.put("1", "failed (e.g. no skill matches the query)");
        exitCodes.put("2", "usage error, or a query that matches several skills");
        exitCodes.put("65", "a roadmap or the state file cannot be read (not text, invalid JSON)");
        exitCodes.put("66", "roadmaps not found, or none in the folder");
        exitCodes.put("73", "the state file's folder cannot be created");
        exitCodes.put("74", "an I/O error (permission denied, disk full)");
        exitCodes.put("75", "another tracker is writing the state file; try again");
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes)
                .footerHeading("%nFiles:%n").footer(
                "  roadmaps  --roadmaps, else $TRACKER_ROADMAPS, else ./roadmaps,",
                "            else the five roadmaps bundled in the jar",
                "  state     --state, else $TRACKER_STATE, else",
                "            $XDG_DATA_HOME/tracker/state.json (~/.local/share/tracker/...)",
                "",
                "Examples:",
                "  tracker status                        where you stand on every roadmap",
                "  tracker status go-architect-tracker   its sections, each with a bar",
                "  tracker check interfaces/l2/mocking   mark a skill done",
                "  tracker start zombie array            mark a skill in progress, by its words");
        spec.addOption(OptionSpec.builder("--state").type(Path.class).paramLabel("FILE").scopeType(ScopeType.INHERIT)
                .description("The state file (default: $TRACKER_STATE, else $XDG_DATA_HOME/tracker/state.json).").build());
        spec.addOption(OptionSpec.builder("--roadmaps").type(Path.class).paramLabel("PATH").scopeType(ScopeType.INHERIT)
                .description("A folder of roadmaps, or one roadmap file (default: $TRACKER_ROADMAPS, else ./roadmaps, else the bundled set).")
                .build());
        Specs.inheritedFlag(spec, "--debug", "Print the stack trace of an unexpected error.");
        spec.addOption(OptionSpec.builder("--color").type(OutputStyle.ColorChoice.class).paramLabel("WHEN")
                .scopeType(ScopeType.INHERIT).defaultValue("auto")
                .description("Colour: auto (on a terminal, unless NO_COLOR is set), always, never.").build());
        Specs.inheritedFlag(spec, "--no-color", "No colour (as NO_COLOR=1 does).");
        Specs.inheritedFlag(spec, "--ascii", "ASCII bars and symbols (the default where the locale is not UTF-8).");
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

    Workspace workspace() {
        return new Workspace(context, Specs.value(spec, "--state", null), Specs.value(spec, "--roadmaps", null));
    }

    public boolean debug() {
        return Specs.value(spec, "--debug", false);
    }

    /** The look the options and the environment ask for. */
    public OutputStyle outputStyle() {
        return OutputStyle.decide(Specs.value(spec, "--color", OutputStyle.ColorChoice.AUTO), Specs.value(spec, "--no-color", false),
                Specs.value(spec, "--ascii", false), context.env(), context.interactive());
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
