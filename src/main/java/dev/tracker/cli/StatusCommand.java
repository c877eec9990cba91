package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.JsonStatusRenderer;
import dev.tracker.render.TextStatusRenderer;
import dev.tracker.report.StatusReport;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show progress: a line per roadmap, or one roadmap's sections.",
        footerHeading = "%nExamples:%n",
        footer = {"  tracker status                          every roadmap, one line each",
                "  tracker status go-architect-tracker     its topics, each with a bar",
                "  tracker status --depth 2                every roadmap with two levels of sections",
                "  tracker status --json | jq '.roadmaps[] | {id, percent}'"})
public final class StatusCommand implements Runnable {
    @Parameters(arity = "0..1", paramLabel = "ROADMAP", description = "A roadmap's id or file name.")
    String roadmap;

    @Option(names = "--depth", paramLabel = "N",
            description = "Show sections down to this depth (default: 0, or 1 with a ROADMAP).")
    Integer depth;

    @Option(names = "--json", description = "Print JSON (schema in the README).")
    boolean json;

    @ParentCommand
    TrackerCommand root;

    private final TrackerContext context;

    public StatusCommand(TrackerContext context) {
        this.context = context;
    }

    StatusCommand(TrackerContext context, TrackerCommand root) {
        this(context);
        this.root = root;
    }

    @Override
    public void run() {
        if (depth != null && depth < 0) {
            throw new TrackerException(ExitCode.USAGE, "--depth must be 0 or more, not " + depth);
        }
        Workspace workspace = root.workspace();
        SkillGraph graph = workspace.graph();
        List<Roadmap> roadmaps = roadmap == null ? graph.roadmaps() : List.of(Roadmaps.find(graph, roadmap));
        int shownDepth = depth != null ? depth : roadmap == null ? 0 : 1;
        StatusReport.Result result = StatusReport.of(graph, workspace.progressForReading(), roadmaps, shownDepth);
        context.out().print(json ? JsonStatusRenderer.render(result) : new TextStatusRenderer(context.width()).render(result));
    }
}
