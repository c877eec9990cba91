package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.ShortIds;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.JsonPlanRenderer;
import dev.tracker.render.TextPlanRenderer;
import dev.tracker.report.PlanReport;
import dev.tracker.report.ReviewSchedule;
import dev.tracker.state.Progress;
import java.util.List;

/** {@code tracker next}: Today's study plan: a handful of skills, each with its id and why. */
public final class NextCommand extends ModelledCommand implements Runnable {
    private final Specs.Value<Integer> count;
    private final Specs.Value<String> roadmap;
    private final Specs.Value<Boolean> depthFirst;
    private final Specs.Value<Integer> reviews;
    private final Specs.Value<Boolean> json;

    public NextCommand(TrackerContext context) {
        super(context, "next",
                new String[] {"Today's study plan: a handful of skills, each with its id and why.",
                    "In progress first; then what the roadmaps' focus hints point at (the active",
                    "month, \"Next Up\"); then each roadmap's next open skills in its order, every",
                    "topic's L1 before any L2. Reviews that are due come first (see `review`)."},
                "  tracker next                                  five skills, from every roadmap",
                "  tracker next --roadmap go-architect-tracker   only from that roadmap",
                "  tracker next --depth-first --count 10         a topic's levels, then the next",
                "  tracker next --json | jq -r '.items[].id'");
        count = Specs.option(spec, Integer.class, "N",
                "How many skills (default: next.count of the config, else " + PlanReport.DEFAULT_COUNT + ").", "-n", "--count");
        roadmap = Specs.option(spec, String.class, "ROADMAP", "Plan from this roadmap only.", "-r", "--roadmap");
        depthFirst = Specs.flag(spec, "Finish one topic's levels (L1, L2, L3) before moving to the next topic.",
                "--depth-first");
        reviews = Specs.option(spec, Integer.class, "N",
                "At most N due reviews, first (default: two in five of --count, at least one; 0 for none).", "--reviews");
        json = Specs.jsonFlag(spec);
    }

    @Override
    public void run() {
        int wanted = workspace().settings().nextCount(count.get(), PlanReport.DEFAULT_COUNT).value();
        if (wanted < 1) {
            throw new TrackerException(ExitCode.USAGE, "--count must be 1 or more, not " + wanted);
        }
        SkillGraph graph = graph();
        String only = roadmap.get();
        List<Roadmap> roadmaps = only == null ? graph.roadmaps() : List.of(Roadmaps.find(graph, only));
        Integer reviewsWanted = reviews.get();
        if (reviewsWanted != null && reviewsWanted < 0) {
            throw new TrackerException(ExitCode.USAGE, "--reviews must be 0 or more, not " + reviewsWanted);
        }
        Progress progress = progressForReading();
        java.time.Instant now = context.clock().instant();
        List<ReviewSchedule.Scheduled> due = ReviewSchedule.of(graph, progress, now, workspace().settings().retention().value()).due();
        PlanReport.Result plan = PlanReport.of(graph, progress, roadmaps, wanted, depthFirst.get(), due,
                reviewsWanted != null ? reviewsWanted : PlanReport.defaultReviews(wanted), now);
        print(json.get() ? JsonPlanRenderer.render(graph, plan) : new TextPlanRenderer(context.width(), new ShortIds(graph)).render(plan));
        noteUnmatched(graph, progress);
    }
}
