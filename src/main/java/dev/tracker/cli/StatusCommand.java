package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.JsonStatusRenderer;
import dev.tracker.render.TextStatusRenderer;
import dev.tracker.report.StatusReport;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code tracker status}: Show progress: a line per roadmap, or one roadmap's sections. */
public final class StatusCommand extends ModelledCommand implements Runnable {
    String roadmap;
    Integer depth;
    boolean json;

    public StatusCommand(TrackerContext context) {
        super(context);
        spec = Specs.command(this, "status",
                new String[] {"Show progress: a line per roadmap, or one roadmap's sections."},
                "%nExamples:%n",
                "  tracker status                          every roadmap, one line each",
                "  tracker status go-architect-tracker     its topics, each with a bar",
                "  tracker status --depth 2                every roadmap with two levels of sections",
                "  tracker status --json | jq '.roadmaps[] | {id, percent}'");
        spec.addPositional(PositionalParamSpec.builder().type(String.class).arity("0..1").paramLabel("ROADMAP")
                .description("A roadmap's id or file name.").build());
        Specs.option(spec, Integer.class, "N",
                "Show sections down to this depth (default: 0, or 1 with a ROADMAP).", "--depth");
        Specs.jsonFlag(spec);
        Specs.addHelpOptions(spec);
    }

    /** The values picocli parsed, into the fields the command reads. */
    private void bind() {
        roadmap = Specs.positionalValue(spec, 0, roadmap);
        depth = Specs.value(spec, "--depth", depth);
        json = Specs.value(spec, "--json", json);
    }

    StatusCommand(TrackerContext context, TrackerCommand root) {
        this(context);
        this.root = root;
    }

    @Override
    public void run() {
        bind();
        if (depth != null && depth < 0) {
            throw new TrackerException(ExitCode.USAGE, "--depth must be 0 or more, not " + depth);
        }
        Workspace workspace = root().workspace();
        SkillGraph graph = workspace.graph();
        List<Roadmap> roadmaps = roadmap == null ? graph.roadmaps() : List.of(Roadmaps.find(graph, roadmap));
        int shownDepth = depth != null ? depth : roadmap == null ? 0 : 1;
        StatusReport.Result result = StatusReport.of(graph, workspace.progressForReading(), roadmaps, shownDepth);
        context.out().print(json ? JsonStatusRenderer.render(result) : new TextStatusRenderer(context.width()).render(result));
    }
}
