package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.JsonBrowseRenderer;
import dev.tracker.render.TextSearchRenderer;
import dev.tracker.report.SearchReport;
import dev.tracker.report.SkillView;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find skills whose title or id contains every word, in every roadmap.",
                "Case and accents are ignored; a word may be part of a longer one.",
                "Exits 1 when no skill matches, as grep does."},
        footerHeading = "%nExamples:%n",
        footer = {"  tracker search error wrapping          skills about wrapping errors",
                "  tracker search gorout leak             part of a word is enough",
                "  tracker search interfaces l2           words of the id count too",
                "  tracker search mutex --json | jq -r '.skills[].id'"})
public final class SearchCommand implements Runnable {
    @Parameters(arity = "1..*", paramLabel = "WORD", description = "Words every skill found must contain.")
    List<String> words;

    @Option(names = "--json", description = "Print JSON (schema in the README).")
    boolean json;

    @ParentCommand
    TrackerCommand root;

    private final TrackerContext context;

    public SearchCommand(TrackerContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        String query = String.join(" ", words);
        List<String> wanted = SearchReport.words(query);
        if (wanted.isEmpty()) {
            throw new TrackerException(ExitCode.USAGE, "'" + query + "' has no word to search for; give letters or digits");
        }
        Workspace workspace = root.workspace();
        List<SkillView> found = SearchReport.of(workspace.graph(), workspace.progressForReading(), wanted);
        if (found.isEmpty()) {
            throw new TrackerException(ExitCode.FAILURE, "no skill's title or id contains " + String.join(", ", wanted)
                    + "; try fewer or shorter words");
        }
        context.out().print(json ? JsonBrowseRenderer.search(found) : new TextSearchRenderer(context.width()).render(found));
    }
}
