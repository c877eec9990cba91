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
    List<String> words;
    boolean json;

    public SearchCommand(TrackerContext context) {
        super(context);
        spec = Specs.command(this, "search",
                new String[] {"Find skills whose title or id contains every word, in every roadmap.",
                    "Case and accents are ignored; a word may be part of a longer one.",
                    "Exits 1 when no skill matches, as grep does."},
                "%nExamples:%n",
                "  tracker search error wrapping          skills about wrapping errors",
                "  tracker search gorout leak             part of a word is enough",
                "  tracker search interfaces l2           words of the id count too",
                "  tracker search mutex --json | jq -r '.skills[].id'");
        Specs.words(spec, "1..*", "WORD",
                "Words every skill found must contain.");
        Specs.jsonFlag(spec);
        Specs.addHelpOptions(spec);
    }

    /** The values picocli parsed, into the fields the command reads. */
    private void bind() {
        words = Specs.positionalValue(spec, 0, words);
        json = Specs.value(spec, "--json", json);
    }

    @Override
    public void run() {
        bind();
        String query = String.join(" ", words);
        List<String> wanted = SearchReport.words(query);
        if (wanted.isEmpty()) {
            throw new TrackerException(ExitCode.USAGE, "'" + query + "' has no word to search for; give letters or digits");
        }
        Workspace workspace = root().workspace();
        List<SkillView> found = SearchReport.of(workspace.graph(), workspace.progressForReading(), wanted);
        if (found.isEmpty()) {
            throw new TrackerException(ExitCode.FAILURE, "no skill's title or id contains " + String.join(", ", wanted)
                    + "; try fewer or shorter words");
        }
        context.out().print(json ? JsonBrowseRenderer.search(found) : new TextSearchRenderer(context.width()).render(found));
    }
}
