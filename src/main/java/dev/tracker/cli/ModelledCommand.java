package dev.tracker.cli;

import dev.tracker.graph.SkillGraph;
import dev.tracker.state.Progress;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every subcommand shares, written once: its picocli model (built in code, see
 * {@link Specs}) with the help options, the root command it was parsed under, the workspace
 * (graph and progress, loaded once per run) and where its output goes. A subclass's
 * constructor declares its own arguments on {@link #spec}, holding the {@link Specs.Value}s.
 */
abstract class ModelledCommand {
    final TrackerContext context;
    final CommandSpec spec;
    private TrackerCommand root;
    private Workspace workspace;

    /** A command named {@code name}: its description, and examples under "Examples:" (none: no footer). */
    ModelledCommand(TrackerContext context, String name, String[] description, String... examples) {
        this.context = context;
        this.spec = Specs.command(this, name, description, examples.length == 0 ? null : "%nExamples:%n", examples);
        Specs.addHelpOptions(spec);
    }

    /** The model picocli parses into. */
    public CommandSpec spec() {
        return spec;
    }

    /** Runs under {@code root} instead of the tree the model was parsed in (the root's own `status`). */
    final void under(TrackerCommand given) {
        this.root = given;
    }

    /** The root command of the tree this command was parsed in. */
    TrackerCommand root() {
        if (root == null) {
            root = (TrackerCommand) spec.root().userObject();
        }
        return root;
    }

    /** The roadmaps and state file of this run, by the root's options and the environment. */
    Workspace workspace() {
        if (workspace == null) {
            workspace = root().workspace();
        }
        return workspace;
    }

    SkillGraph graph() {
        return workspace().graph();
    }

    /** The progress for a command that only reads (a damaged state file gives a warning and the markdown's marks). */
    Progress progressForReading() {
        return workspace().progressForReading();
    }

    /**
     * One line on stderr when entries of the state no longer match a skill of the roadmaps
     * (an edited or renamed roadmap), so that progress never goes missing silently; doctor
     * names them and what they likely became.
     */
    void noteUnmatched(SkillGraph graph, Progress progress) {
        long unmatched = progress.skills().keySet().stream().filter(id -> graph.skill(id).isEmpty()).count();
        if (unmatched > 0) {
            context.err().println("tracker: " + unmatched + (unmatched == 1 ? " mark no longer matches" : " marks no longer match")
                    + " a skill: tracker doctor");
            context.err().flush();
        }
    }

    /** The command's output, rendered as text or JSON by the caller. */
    void print(String rendered) {
        context.out().print(rendered);
    }
}
