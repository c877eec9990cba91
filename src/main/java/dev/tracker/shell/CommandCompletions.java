package dev.tracker.shell;

import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What may come next on a tracker command line: for the shell's Tab, and for bash and zsh
 * through {@code tracker __complete}. Commands, options and their values, and the ids of
 * roadmaps, sections and skills, all matched anywhere in the word ({@link FuzzyRank}). Needs
 * no terminal; the adapters put the values in place.
 */
public final class CommandCompletions {
    /** A candidate: what replaces the word (the part after {@code =} in {@code --opt=val}), a line about it, its kind. */
    public record Suggestion(String value, String description, String group) {
    }

    /** The candidates; none with {@code files} set when the word is a file name, left to the shell. */
    public record Result(List<Suggestion> suggestions, boolean files) {
        static final Result NONE = new Result(List.of(), false);
    }

    private final CommandSpec root;
    private final Function<String, SkillGraph> graphs;
    private final List<Suggestion> extraCommands;
    private final ArgumentCompletion.Lookup arguments;

    /**
     * @param root          the command tree's root
     * @param graphs        the skill graph for a {@code --roadmaps} value given on the line, or for null
     * @param extraCommands commands only the caller knows (the shell's {@code exit}, {@code quit})
     * @param arguments     what each command's words complete to (the command registry says)
     */
    public CommandCompletions(CommandSpec root, Function<String, SkillGraph> graphs, List<Suggestion> extraCommands,
                              ArgumentCompletion.Lookup arguments) {
        this.root = root;
        this.graphs = graphs;
        this.extraCommands = List.copyOf(extraCommands);
        this.arguments = arguments;
    }

    /** The candidates for {@code word}, the part of a word before the cursor, after the words {@code before}. */
    public Result complete(List<String> before, String word) {
        LineWalk walk = LineWalk.of(root, before);
        if (walk.pendingOption() != null) {
            return values(walk.pendingOption(), word, walk);
        }
        if (word.startsWith("-") && !walk.afterDashes()) {
            int equals = word.indexOf('=');
            if (equals > 0) {
                OptionSpec option = walk.command().findOption(word.substring(0, equals));
                return option == null ? Result.NONE : values(option, word.substring(equals + 1), walk);
            }
            return ranked(options(walk.command()), word);
        }
        if (walk.positionals() == 0 && !walk.command().subcommands().isEmpty()) {
            return ranked(commands(walk.command(), walk.command() == root), word);
        }
        return ranked(arguments(walk), word);
    }

    private Result values(OptionSpec option, String partial, LineWalk walk) {
        List<Suggestion> values = new ArrayList<>();
        if (option.completionCandidates() != null) {
            boolean isEnum = option.type().isEnum();
            option.completionCandidates().forEach(value ->
                    values.add(new Suggestion(isEnum ? value.toLowerCase(Locale.ROOT) : value, "", "values")));
        } else if (option.type() == Path.class || option.type() == File.class) {
            return new Result(List.of(), true);
        } else if (option.paramLabel().equals("ROADMAP")) {
            values.addAll(GraphSuggestions.roadmaps(graph(walk)));
        }
        return ranked(values, partial);
    }

    private static List<Suggestion> options(CommandSpec command) {
        List<Suggestion> options = new ArrayList<>();
        for (OptionSpec option : command.options()) {
            if (!option.hidden()) {
                for (String name : option.names()) {
                    options.add(new Suggestion(name, firstLine(option.description()), "options"));
                }
            }
        }
        return options;
    }

    private List<Suggestion> commands(CommandSpec command, boolean withExtras) {
        List<Suggestion> commands = new ArrayList<>();
        for (Map.Entry<String, CommandLine> sub : command.subcommands().entrySet()) {
            CommandSpec spec = sub.getValue().getCommandSpec();
            if (!spec.usageMessage().hidden()) {
                commands.add(new Suggestion(sub.getKey(), firstLine(spec.usageMessage().description()), "commands"));
            }
        }
        if (withExtras) {
            commands.addAll(extraCommands);
        }
        return commands;
    }

    /** A command's arguments: fixed values where it declares them, else ids by what the command takes. */
    private List<Suggestion> arguments(LineWalk walk) {
        List<PositionalParamSpec> params = walk.command().positionalParameters();
        if (!params.isEmpty()) {
            PositionalParamSpec param = params.get(Math.min(walk.positionals(), params.size() - 1));
            if (param.completionCandidates() != null) {
                List<Suggestion> values = new ArrayList<>();
                param.completionCandidates().forEach(value -> values.add(new Suggestion(value, "", "values")));
                return values;
            }
        }
        return switch (arguments.of(walk.command().name())) {
            case SKILLS -> GraphSuggestions.skills(graph(walk));
            case ANY_ID -> GraphSuggestions.all(graph(walk), true);
            case SCOPES -> GraphSuggestions.all(graph(walk), false);
            case ROADMAP -> walk.positionals() == 0 ? GraphSuggestions.roadmaps(graph(walk)) : List.of();
            case COMMANDS -> walk.positionals() == 0 ? commands(root, false) : List.of();
            case NONE -> List.of();
        };
    }

    /** The graph the line's --roadmaps names, else the default; none when it cannot be loaded. */
    private SkillGraph graph(LineWalk walk) {
        try {
            return graphs.apply(walk.roadmaps());
        } catch (TrackerException e) {
            return new SkillGraph(List.of());
        }
    }

    private static Result ranked(List<Suggestion> suggestions, String word) {
        return new Result(FuzzyRank.best(suggestions, Suggestion::value, word), false);
    }

    private static String firstLine(String[] description) {
        return description.length == 0 ? "" : description[0];
    }
}
