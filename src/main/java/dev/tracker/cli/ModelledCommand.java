package dev.tracker.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand whose picocli model is built in code (see {@link Specs}): what every such
 * command holds. The subclass constructor builds {@link #spec}, since the model wraps
 * {@code this}; the root command is given (the root's own `status`) or found when the command runs.
 */
abstract class ModelledCommand {
    final TrackerContext context;
    CommandSpec spec;
    TrackerCommand root;

    ModelledCommand(TrackerContext context) {
        this.context = context;
    }

    /** The model picocli parses into. */
    public CommandSpec spec() {
        return spec;
    }

    /** The root command of the tree this command was parsed in, unless one was given. */
    TrackerCommand root() {
        if (root == null) {
            root = (TrackerCommand) spec.root().userObject();
        }
        return root;
    }
}
