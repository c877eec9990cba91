package dev.tracker.cli;

import dev.tracker.render.Text;
import dev.tracker.shell.CommandCompletions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The completion scripts' way in: {@code tracker __complete -- WORD…} prints the candidates for
 * the last WORD (the one at the cursor, maybe empty), one a line as value, tab, description,
 * matched as the shell matches them. Nothing printed means: complete file names.
 */
public final class CompleteCommand extends ModelledCommand implements Runnable {
    /** zsh shows the description beside the id; a whole skill's text would wrap over several lines. */
    private static final int DESCRIPTION_COLUMNS = 70;

    private final Specs.Value<List<String>> words;

    public CompleteCommand(TrackerContext context) {
        super(context, "__complete",
                new String[] {"For the completion scripts: the candidates for the last WORD, one a line."});
        spec.usageMessage().hidden(true);
        words = Specs.words(spec, "0..*", "WORD",
                "The words after `tracker`, the last one at the cursor.");
    }

    @Override
    public void run() {
        List<String> line = rejoined(words.get());
        String current = line.isEmpty() ? "" : line.remove(line.size() - 1);
        Workspace workspace = workspace();
        CommandCompletions completions = new CommandCompletions(spec.root(), roadmaps -> roadmaps == null
                ? workspace.graph() : new Workspace(context, root().settings(), Path.of(roadmaps)).graph(), List.of(),
                Commands::argumentsOf);
        for (CommandCompletions.Suggestion suggestion : completions.complete(line, current).suggestions()) {
            String description = Text.cut(suggestion.description().replaceAll("\\s+", " "), DESCRIPTION_COLUMNS);
            context.out().println(suggestion.value() + "\t" + description);
        }
    }

    /** bash splits {@code --color=al} into {@code --color}, {@code =}, {@code al}; this puts them back together. */
    static List<String> rejoined(List<String> words) {
        List<String> joined = new ArrayList<>();
        boolean glue = false;
        for (String word : words) {
            int last = joined.size() - 1;
            if (word.equals("=") && last >= 0 && joined.get(last).startsWith("-") && !joined.get(last).contains("=")) {
                joined.set(last, joined.get(last) + "=");
                glue = true;
            } else if (glue) {
                joined.set(last, joined.get(last) + word);
                glue = false;
            } else {
                joined.add(word);
            }
        }
        return joined;
    }
}
