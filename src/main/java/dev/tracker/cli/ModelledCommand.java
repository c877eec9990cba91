package dev.tracker.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand whose picocli model is built in code (see {@link Specs}): what every such
 * command holds. The subclass constructor builds {@link #spec}, since the model wraps
 * {@code this}; {@link #root} is given (the root's own `status`) or found when the command runs.
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
}
