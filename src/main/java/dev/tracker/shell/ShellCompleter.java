package dev.tracker.shell;

import dev.tracker.render.Printable;
import dev.tracker.render.Text;
import java.util.ArrayList;
import java.util.List;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab in the shell: asks {@link CommandCompletions} about the word at the cursor and hands its
 * candidates to JLine in their rank order; file names (for {@code --state}, {@code --roadmaps})
 * come from JLine's own file completer.
 */
final class ShellCompleter implements Completer {
    private static final int DESCRIPTION_COLUMNS = 60;

    private final CommandCompletions completions;
    private final Completer files = new Completers.FileNameCompleter();

    ShellCompleter(CommandCompletions completions) {
        this.completions = completions;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word().substring(0, line.wordCursor());
        CommandCompletions.Result result = completions.complete(line.words().subList(0, line.wordIndex()), word);
        if (result.files()) {
            // JLine's file completer lists a whole folder and leaves the matching to the reader
            List<Candidate> all = new ArrayList<>();
            files.complete(reader, line, all);
            // a file name may hold control characters: shown visibly, as everywhere else
            all.stream().filter(candidate -> candidate.value().startsWith(word)).map(c -> new Candidate(c.value(),
                    Printable.of(c.displ()), c.group(), c.descr(), c.suffix(), c.key(), c.complete(), c.sort()))
                    .forEach(candidates::add);
            return;
        }
        // for --option=value the candidate replaces the whole word, so it keeps the option's part
        String kept = word.startsWith("-") && word.contains("=") ? word.substring(0, word.indexOf('=') + 1) : "";
        int rank = 0;
        for (CommandCompletions.Suggestion suggestion : result.suggestions()) {
            String description = suggestion.description().isEmpty() ? null
                    : Text.cut(Printable.of(suggestion.description()), DESCRIPTION_COLUMNS);
            candidates.add(new Candidate(kept + suggestion.value(), Printable.of(suggestion.value()), suggestion.group(), description,
                    null, null, true, rank++));
        }
    }
}
