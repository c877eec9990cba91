package dev.tracker.cli;

import dev.tracker.config.Settings;
import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.JsonStatusRenderer;
import dev.tracker.render.TextStatusRenderer;
import dev.tracker.report.ReviewSchedule;
import dev.tracker.report.StatusReport;
import dev.tracker.state.Progress;
import java.util.List;

/** {@code tracker status}: Show progress: a line per roadmap, or one roadmap's sections. */
public final class StatusCommand extends ModelledCommand implements Runnable {
    private final Specs.Value<String> roadmap;
    private final Specs.Value<Integer> depth;
    private final Specs.Value<Boolean> json;

    public StatusCommand(TrackerContext context) {
        super(context, "status",
                new String[] {"Show progress: a line per roadmap, or one roadmap's sections."},
                "  tracker status                          every roadmap, one line each",
                "  tracker status go-architect-tracker     its topics, each with a bar",
                "  tracker status go-mastery               a roadmap by the start of its id",
                "  tracker status interfaces               one section and those inside it",
                "  tracker status --depth 2                every roadmap, two levels of sections",
                "  tracker status --json | jq '.roadmaps[] | {id, percent}'");
        roadmap = Specs.word(spec, "ROADMAP", "A roadmap's id, file name or unique start of one; or a section, as list takes it.");
        depth = Specs.option(spec, Integer.class, "N",
                "Show sections down to this depth (default: 0, or 1 with a ROADMAP).", "--depth");
        json = Specs.jsonFlag(spec);
    }

    StatusCommand(TrackerContext context, TrackerCommand root) {
        this(context);
        under(root);
    }

    @Override
    public void run() {
        Integer givenDepth = depth.get();
        if (givenDepth != null && givenDepth < 0) {
            throw new TrackerException(ExitCode.USAGE, "--depth must be 0 or more, not " + givenDepth);
        }
        SkillGraph graph = graph();
        String only = roadmap.get();
        BrowseTargets.Target target = only == null ? null : BrowseTargets.scope(graph, only, context.width(),
                root().interaction().picker());
        List<Roadmap> roadmaps = target == null ? graph.roadmaps() : List.of(target.roadmap());
        int shownDepth = givenDepth != null ? givenDepth : only == null ? 0 : 1;
        Progress progress = progressForReading();
        noteUnmatched(graph, progress);
        StatusReport.Result result = target != null && target.section() != null
                ? StatusReport.ofSection(graph, progress, target.roadmap(), target.section(), shownDepth)
                : StatusReport.of(graph, progress, roadmaps, shownDepth);
        if (json.get()) {
            print(JsonStatusRenderer.render(result));
            return;
        }
        Workspace workspace = workspace();
        boolean severalFolders = workspace.folders().folders().size() > 1;
        print(new TextStatusRenderer(context.width()).render(result, severalFolders
                ? r -> Workspace.shown(workspace.locationOf(r), workspace.settings().home()) : null));
        if (workspace.settings().roadmaps().source().equals(Settings.BUNDLED)) {
            context.err().println("tracker: this is the bundled sample, not your roadmaps: `tracker init --roadmaps DIR` "
                    + "points the tracker at yours (README: Configuration)");
        }
        int due = ReviewSchedule.of(graph, progress, context.clock().instant(), workspace().settings().retention().value()).due().size();
        if (due > 0) {
            print(due + (due == 1 ? " review due" : " reviews due") + ": tracker review --list\n");
        }
    }
}
