package dev.tracker.cli;

import dev.tracker.shell.ArgumentCompletion;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every subcommand, once: the one list the factory, the start-up scan, completion, the
 * JVM's training run, the man page and the help tests read. Adding a command is its class,
 * one line here, its tests and its README section. Order is the order `--help` lists them.
 */
public enum Commands {
    STATUS("status", ArgumentCompletion.ROADMAP, false, "status", "status --json"),
    CHECK("check", ArgumentCompletion.SKILLS, false, "check " + Commands.WARM_SKILL, "check no-such-skill-zzqx"),
    UNCHECK("uncheck", ArgumentCompletion.SKILLS, false, "uncheck " + Commands.WARM_SKILL),
    START("start", ArgumentCompletion.SKILLS, false, "start " + Commands.WARM_SKILL),
    SKIP("skip", ArgumentCompletion.SKILLS, false, "skip " + Commands.WARM_SKILL),
    NOTE("note", ArgumentCompletion.SKILLS, false, "note " + Commands.WARM_SKILL),
    NEXT("next", ArgumentCompletion.NONE, false, "next", "next --json"),
    GAPS("gaps", ArgumentCompletion.ROADMAP, false, "gaps", "gaps --json"),
    CONTEXT("context", ArgumentCompletion.ROADMAP, false, "context", "context --format json"),
    SHOW("show", ArgumentCompletion.ANY_ID, false, "show " + Commands.WARM_SKILL),
    LIST("list", ArgumentCompletion.SCOPES, false, "list"),
    SEARCH("search", ArgumentCompletion.NONE, false, "search mock"),
    LOG("log", ArgumentCompletion.NONE, false, "log"),
    UNDO("undo", ArgumentCompletion.NONE, false, "undo"),
    DOCTOR("doctor", ArgumentCompletion.NONE, false, "doctor"),
    MERGE_STATE("merge-state", ArgumentCompletion.NONE, false, "merge-state state.json state.json state.json"),
    REVIEW("review", ArgumentCompletion.SKILLS, false, "review --list", "review --list --json"),
    WRITE_MARKS("write-marks", ArgumentCompletion.ROADMAP, false, "write-marks --dry-run"),
    CONFIG("config", ArgumentCompletion.NONE, false, "config"),
    INIT("init", ArgumentCompletion.NONE, false, "init --help"),
    STATS("stats", ArgumentCompletion.ROADMAP, false, "stats", "stats --json"),
    REPORT("report", ArgumentCompletion.NONE, false, "report --html -"),
    HELP("help", ArgumentCompletion.COMMANDS, true),
    SHELL("shell", ArgumentCompletion.NONE, true),
    COMPLETION("completion", ArgumentCompletion.NONE, true),
    COMPLETE("__complete", ArgumentCompletion.NONE, true);

    /** The skill the training run changes and shows (it is in the bundled roadmaps). */
    public static final String WARM_SKILL = "go-architect-tracker/interfaces/l2/mocking";

    private final String commandName;
    private final ArgumentCompletion arguments;
    private final boolean needsTree;
    private final String[] warmup;

    Commands(String commandName, ArgumentCompletion arguments, boolean needsTree, String... warmup) {
        this.commandName = commandName;
        this.arguments = arguments;
        this.needsTree = needsTree;
        this.warmup = warmup;
    }

    /** The word that runs it. */
    public String commandName() {
        return commandName;
    }

    /** Whether it looks at the whole command tree (help, the shell and completion list every command). */
    public boolean needsTree() {
        return needsTree;
    }

    /** Command lines for the JVM's training run, words split at spaces (none: not worth training). */
    public String[] warmup() {
        return warmup.clone();
    }

    /** The command named {@code name}, or null: a loop, since this runs before every command. */
    public static Commands named(String name) {
        for (Commands command : values()) {
            if (command.commandName.equals(name)) {
                return command;
            }
        }
        return null;
    }

    /** Every command's name, in order. */
    public static java.util.List<String> names() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Commands command : values()) {
            names.add(command.commandName);
        }
        return names;
    }

    /** What the words of the command named {@code name} complete to. */
    public static ArgumentCompletion argumentsOf(String name) {
        Commands command = named(name);
        return command == null ? ArgumentCompletion.NONE : command.arguments;
    }

    /**
     * A new model of this command. A switch rather than a lambda per constant: each lambda
     * costs a class spun at start-up. {@code newTree} is the factory the shell builds its trees with.
     */
    public CommandSpec create(TrackerContext context, Function<TrackerContext, CommandLine> newTree) {
        switch (this) {
            case STATUS: return new StatusCommand(context).spec();
            case CHECK: return new CheckCommand(context).spec();
            case UNCHECK: return new UncheckCommand(context).spec();
            case START: return new StartCommand(context).spec();
            case SKIP: return new SkipCommand(context).spec();
            case NOTE: return new NoteCommand(context).spec();
            case NEXT: return new NextCommand(context).spec();
            case GAPS: return new GapsCommand(context).spec();
            case CONTEXT: return new ContextCommand(context).spec();
            case SHOW: return new ShowCommand(context).spec();
            case LIST: return new ListCommand(context).spec();
            case SEARCH: return new SearchCommand(context).spec();
            case LOG: return new LogCommand(context).spec();
            case UNDO: return new UndoCommand(context).spec();
            case DOCTOR: return new DoctorCommand(context).spec();
            case MERGE_STATE: return new MergeStateCommand(context).spec();
            case REVIEW: return new ReviewCommand(context).spec();
            case WRITE_MARKS: return new WriteMarksCommand(context).spec();
            case CONFIG: return new ConfigCommand(context).spec();
            case INIT: return new InitCommand(context).spec();
            case STATS: return new StatsCommand(context).spec();
            case REPORT: return new ReportCommand(context).spec();
            case HELP: return new HelpCommand(context).spec();
            case SHELL: return new ShellCommand(context, newTree).spec();
            case COMPLETION: return new CompletionCommand(context).spec();
            case COMPLETE: return new CompleteCommand(context).spec();
            default: throw new AssertionError(this);
        }
    }
}
