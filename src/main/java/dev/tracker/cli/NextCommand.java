package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.ShortIds;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.JsonPlanRenderer;
import dev.tracker.render.TextPlanRenderer;
import dev.tracker.report.PlanReport;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "next", mixinStandardHelpOptions = true,
        description = {"Today's study plan: a handful of skills, each with its id and why.",
                "In progress first; then what the roadmaps' focus hints point at (the active month, \"Next Up\");",
                "then each roadmap's next open skills in its order, every topic's L1 before any L2."},
        footerHeading = "%nExamples:%n",
        footer = {"  tracker next                                  five skills, drawn from every roadmap",
                "  tracker next --roadmap go-architect-tracker   only from that roadmap",
                "  tracker next --depth-first --count 10         finish one topic's levels before the next",
                "  tracker next --json | jq -r '.items[].id'"})
public final class NextCommand implements Runnable {
    @Option(names = {"-n", "--count"}, paramLabel = "N", description = "How many skills (default: ${DEFAULT-VALUE}).")
    int count = PlanReport.DEFAULT_COUNT;

    @Option(names = {"-r", "--roadmap"}, paramLabel = "ROADMAP", description = "Plan from this roadmap only.")
    String roadmap;

    @Option(names = "--depth-first", description = "Finish one topic's levels (L1, L2, L3) before moving to the next topic.")
    boolean depthFirst;

    @Option(names = "--json", description = "Print JSON (schema in the README).")
    boolean json;

    @ParentCommand
    TrackerCommand root;

    private final TrackerContext context;

    public NextCommand(TrackerContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        if (count < 1) {
            throw new TrackerException(ExitCode.USAGE, "--count must be 1 or more, not " + count);
        }
        Workspace workspace = root.workspace();
        SkillGraph graph = workspace.graph();
        List<Roadmap> roadmaps = roadmap == null ? graph.roadmaps() : List.of(Roadmaps.find(graph, roadmap));
        PlanReport.Result plan = PlanReport.of(graph, workspace.progressForReading(), roadmaps, count, depthFirst);
        context.out().print(json ? JsonPlanRenderer.render(graph, plan) : new TextPlanRenderer(context.width(), new ShortIds(graph)).render(plan));
    }
}
