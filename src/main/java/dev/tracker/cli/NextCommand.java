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
import picocli.CommandLine.Model.OptionSpec;

/** {@code tracker next}: Today's study plan: a handful of skills, each with its id and why. */
public final class NextCommand extends ModelledCommand implements Runnable {
    int count = PlanReport.DEFAULT_COUNT;
    String roadmap;
    boolean depthFirst;
    boolean json;

    public NextCommand(TrackerContext context) {
        super(context);
        spec = Specs.command(this, "next",
                new String[] {"Today's study plan: a handful of skills, each with its id and why.",
                    "In progress first; then what the roadmaps' focus hints point at (the active month, \"Next Up\");",
                    "then each roadmap's next open skills in its order, every topic's L1 before any L2."},
                "%nExamples:%n",
                "  tracker next                                  five skills, drawn from every roadmap",
                "  tracker next --roadmap go-architect-tracker   only from that roadmap",
                "  tracker next --depth-first --count 10         finish one topic's levels before the next",
                "  tracker next --json | jq -r '.items[].id'");
        spec.addOption(OptionSpec.builder("-n", "--count").type(int.class).paramLabel("N").initialValue(PlanReport.DEFAULT_COUNT)
                .description("How many skills (default: ${DEFAULT-VALUE}).").build());
        Specs.option(spec, String.class, "ROADMAP",
                "Plan from this roadmap only.", "-r", "--roadmap");
        Specs.flag(spec, "Finish one topic's levels (L1, L2, L3) before moving to the next topic.", "--depth-first");
        Specs.jsonFlag(spec);
        Specs.addHelpOptions(spec);
    }

    /** The values picocli parsed, into the fields the command reads. */
    private void bind() {
        count = Specs.value(spec, "--count", count);
        roadmap = Specs.value(spec, "--roadmap", roadmap);
        depthFirst = Specs.value(spec, "--depth-first", depthFirst);
        json = Specs.value(spec, "--json", json);
    }

    @Override
    public void run() {
        bind();
        if (count < 1) {
            throw new TrackerException(ExitCode.USAGE, "--count must be 1 or more, not " + count);
        }
        Workspace workspace = root().workspace();
        SkillGraph graph = workspace.graph();
        List<Roadmap> roadmaps = roadmap == null ? graph.roadmaps() : List.of(Roadmaps.find(graph, roadmap));
        PlanReport.Result plan = PlanReport.of(graph, workspace.progressForReading(), roadmaps, count, depthFirst);
        context.out().print(json ? JsonPlanRenderer.render(graph, plan) : new TextPlanRenderer(context.width(), new ShortIds(graph)).render(plan));
    }
}
