package dev.tracker.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * Command models built in code rather than read from annotations: reading annotations makes
 * the JVM generate a proxy class per annotation type at run time, which cost ~20 ms of every
 * start. Parsed values stay in the model; each command copies them into its fields with
 * {@link #value} when it runs.
 */
final class Specs {
    private Specs() {
    }

    /** A command wrapping {@code command}: its name, description, and a footer under its heading (or none). */
    static CommandSpec command(Object command, String name, String[] description, String footerHeading, String... footer) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description);
        if (footerHeading != null) {
            spec.usageMessage().footerHeading(footerHeading).footer(footer);
        }
        return spec;
    }

    /** -h/--help and -V/--version, as {@code mixinStandardHelpOptions} gave them: after the command's own options. */
    static void addHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).initialValue(false)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class).initialValue(false)
                .description("Print version information and exit.").build());
    }

    /** A boolean option. */
    static void flag(CommandSpec spec, String description, String... names) {
        spec.addOption(OptionSpec.builder(names).type(boolean.class).initialValue(false).description(description).build());
    }

    /** --json, which every reporting command has. */
    static void jsonFlag(CommandSpec spec) {
        flag(spec, "Print JSON (schema in the README).", "--json");
    }

    /** An option with a value. */
    static void option(CommandSpec spec, Class<?> type, String label, String description, String... names) {
        spec.addOption(OptionSpec.builder(names).type(type).paramLabel(label).description(description).build());
    }

    /** Words as positional parameters: a list, required when {@code arity} asks for at least one. */
    static void words(CommandSpec spec, String arity, String label, String description) {
        spec.addPositional(PositionalParamSpec.builder().type(List.class).auxiliaryTypes(String.class).arity(arity)
                .required(!arity.startsWith("0")).paramLabel(label).description(description).build());
    }

    /** A flag given to the command and every subcommand below it. */
    static void inheritedFlag(CommandSpec spec, String name, String description) {
        spec.addOption(OptionSpec.builder(name).type(boolean.class).initialValue(false).scopeType(ScopeType.INHERIT)
                .description(description).build());
    }

    /** The value of an option, by its longest name; {@code fallback} when it has none. */
    @SuppressWarnings("unchecked")
    static <T> T value(CommandSpec spec, String option, T fallback) {
        T value = (T) spec.findOption(option).getValue();
        return value != null ? value : fallback;
    }

    /** The value of the positional parameter at {@code index}; {@code fallback} when it has none. */
    @SuppressWarnings("unchecked")
    static <T> T positionalValue(CommandSpec spec, int index, T fallback) {
        T value = (T) spec.positionalParameters().get(index).getValue();
        return value != null ? value : fallback;
    }
}
