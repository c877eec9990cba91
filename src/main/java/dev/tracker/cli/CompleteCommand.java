package dev.tracker.cli;

import dev.tracker.render.Text;
import dev.tracker.shell.CommandCompletions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The completion scripts' way in: {@code tracker __complete -- WORD…} prints the candidates for
 * the last WORD (the one at the cursor, maybe empty), one a line as value, tab, description,
 * matched as the shell matches them. Nothing printed means: complete file names.
 */
@Command(name = "__complete", hidden = true,
        description = "For the completion scripts: the candidates for the last WORD, one a line.")
public final class CompleteCommand implements Runnable {
    /** zsh shows the description beside the id; a whole skill's text would wrap over several lines. */
    private static final int DESCRIPTION_COLUMNS = 70;

    @Parameters(arity = "0..*", paramLabel = "WORD",
            description = "The words after `tracker`, the last one at the cursor.")
    List<String> words = new ArrayList<>();

    @ParentCommand
    TrackerCommand root;

    @Spec
    CommandSpec spec;

    private final TrackerContext context;

    public CompleteCommand(TrackerContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        List<String> line = rejoined(words);
        String current = line.isEmpty() ? "" : line.remove(line.size() - 1);
        Workspace workspace = root.workspace();
        CommandCompletions completions = new CommandCompletions(spec.root(), roadmaps -> roadmaps == null
                ? workspace.graph() : new Workspace(context, null, Path.of(roadmaps)).graph(), List.of());
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
