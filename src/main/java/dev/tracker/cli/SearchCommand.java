package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.JsonBrowseRenderer;
import dev.tracker.render.TextSearchRenderer;
import dev.tracker.report.SearchReport;
import dev.tracker.report.SkillView;
import java.util.List;

/** {@code tracker search}: Find skills whose title or id contains every word, in every roadmap. */
public final class SearchCommand extends ModelledCommand implements Runnable {
    private final Specs.Value<List<String>> words;
    private final Specs.Value<Boolean> json;

    public SearchCommand(TrackerContext context) {
        super(context, "search",
                new String[] {"Find skills whose title or id contains every word, in every roadmap.",
                    "Case and accents are ignored; a word may be part of a longer one.",
                    "Exits 1 when no skill matches, as grep does."},
                "  tracker search error wrapping          skills about wrapping errors",
                "  tracker search gorout leak             part of a word is enough",
                "  tracker search interfaces l2           words of the id count too",
                "  tracker search mutex --json | jq -r '.skills[].id'");
        words = Specs.words(spec, "1..*", "WORD",
                "Words every skill found must contain.");
        json = Specs.jsonFlag(spec);
    }

    @Override
    public void run() {
        String query = String.join(" ", words.get());
        List<String> wanted = SearchReport.words(query);
        if (wanted.isEmpty()) {
            throw new TrackerException(ExitCode.USAGE, "'" + query + "' has no word to search for; give letters or digits");
        }
        List<SkillView> found = SearchReport.of(graph(), progressForReading(), wanted);
        if (found.isEmpty()) {
            List<String> meant = SearchReport.didYouMean(graph(), wanted);
            String hint = meant.isEmpty() ? "; try fewer or shorter words"
                    : "; did you mean: tracker search " + String.join(", or: tracker search ", meant);
            throw new TrackerException(ExitCode.FAILURE, "no skill's title or id contains " + String.join(", ", wanted) + hint);
        }
        print(json.get() ? JsonBrowseRenderer.search(found) : new TextSearchRenderer(context.width()).render(found));
    }
}
