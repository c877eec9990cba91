package dev.tracker.cli;

import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * Command models built in code rather than read from annotations: reading annotations makes
 * the JVM generate a proxy class per annotation type at run time, which cost ~20 ms of every
 * start. Each builder returns the {@link Value} a command reads its argument through, so no
 * option is ever looked up by a name that could be misspelt.
 */
final class Specs {
    private Specs() {
    }

    /** A parsed argument, read through the model it was declared as. */
    static final class Value<T> {
        private final ArgSpec arg;
        private final T fallback;

        private Value(ArgSpec arg, T fallback) {
            this.arg = arg;
            this.fallback = fallback;
        }

        /** What the command line gave, else the fallback it was declared with. */
        T get() {
            T value = arg.getValue();
            return value != null ? value : fallback;
        }

        /** Whether the command line gave it (a flag, or a value). */
        boolean given() {
            return arg.getValue() != null && !Boolean.FALSE.equals(arg.getValue());
        }
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

    /** -h/--help and -V/--version, as {@code mixinStandardHelpOptions} gave them. */
    static void addHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).initialValue(false)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class).initialValue(false)
                .description("Print version information and exit.").build());
    }

    /** A boolean option. */
    static Value<Boolean> flag(CommandSpec spec, String description, String... names) {
        return add(spec, OptionSpec.builder(names).type(boolean.class).initialValue(false).description(description).build(), false);
    }

    /** --json, which every reporting command has. */
    static Value<Boolean> jsonFlag(CommandSpec spec) {
        return flag(spec, "Print JSON (schema in the README).", "--json");
    }

    /** An option with a value; null when not given. */
    static <T> Value<T> option(CommandSpec spec, Class<T> type, String label, String description, String... names) {
        return add(spec, OptionSpec.builder(names).type(type).paramLabel(label).description(description).build(), null);
    }

    /** An option with a value and a default, shown in the help as ${DEFAULT-VALUE}. */
    static <T> Value<T> optionWithDefault(CommandSpec spec, Class<T> type, T initial, String label, String description, String... names) {
        return add(spec, OptionSpec.builder(names).type(type).paramLabel(label).initialValue(initial).description(description)
                .build(), initial);
    }

    /** Words as positional parameters: a list (empty when none), required when {@code arity} asks for at least one. */
    static Value<List<String>> words(CommandSpec spec, String arity, String label, String description) {
        PositionalParamSpec words = PositionalParamSpec.builder().type(List.class).auxiliaryTypes(String.class).arity(arity)
                .required(!arity.startsWith("0")).paramLabel(label).description(description).build();
        spec.addPositional(words);
        return new Value<>(words, List.of());
    }

    /** Words at positions {@code index} ("1..*"), after positionals declared before them: a list, empty when none. */
    static Value<List<String>> wordsAt(CommandSpec spec, String index, String label, String description) {
        PositionalParamSpec words = PositionalParamSpec.builder().type(List.class).auxiliaryTypes(String.class).index(index)
                .arity("0..*").paramLabel(label).description(description).build();
        spec.addPositional(words);
        return new Value<>(words, List.of());
    }

    /** One optional positional word at position {@code index}; null when not given. */
    static Value<String> wordAt(CommandSpec spec, String index, String label, String description) {
        PositionalParamSpec word = PositionalParamSpec.builder().type(String.class).index(index).arity("0..1").paramLabel(label)
                .description(description).build();
        spec.addPositional(word);
        return new Value<>(word, null);
    }

    /** One optional positional word; null when not given. */
    static Value<String> word(CommandSpec spec, String label, String description) {
        PositionalParamSpec word = PositionalParamSpec.builder().type(String.class).arity("0..1").paramLabel(label)
                .description(description).build();
        spec.addPositional(word);
        return new Value<>(word, null);
    }

    /** One required positional word. */
    static Value<String> required(CommandSpec spec, String label, String description) {
        PositionalParamSpec word = PositionalParamSpec.builder().type(String.class).paramLabel(label).required(true)
                .description(description).build();
        spec.addPositional(word);
        return new Value<>(word, null);
    }

    /** One required positional word, completed from {@code values}. */
    static Value<String> choice(CommandSpec spec, String label, String description, Iterable<String> values) {
        PositionalParamSpec word = PositionalParamSpec.builder().type(String.class).paramLabel(label).required(true)
                .completionCandidates(values).description(description).build();
        spec.addPositional(word);
        return new Value<>(word, null);
    }

    /** A flag given to the command and every subcommand below it. */
    static Value<Boolean> inheritedFlag(CommandSpec spec, String name, String description) {
        return add(spec, OptionSpec.builder(name).type(boolean.class).initialValue(false).scopeType(ScopeType.INHERIT)
                .description(description).build(), false);
    }

    /** A valued option given to the command and every subcommand below it; null when not given. */
    static <T> Value<T> inheritedOption(CommandSpec spec, Class<T> type, String label, String description, String name) {
        return add(spec, OptionSpec.builder(name).type(type).paramLabel(label).scopeType(ScopeType.INHERIT)
                .description(description).build(), null);
    }

    private static <T> Value<T> add(CommandSpec spec, OptionSpec option, T fallback) {
        spec.addOption(option);
        return new Value<>(option, fallback);
    }
}
