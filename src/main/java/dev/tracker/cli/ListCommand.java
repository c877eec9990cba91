package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.JsonBrowseRenderer;
import dev.tracker.render.TextListRenderer;
import dev.tracker.report.ListFilter;
import dev.tracker.report.ListReport;
import dev.tracker.state.Progress;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code tracker list}: List skills as a tree, with marks, ids and each section's done/total. */
public final class ListCommand extends ModelledCommand implements Runnable {
    private final Specs.Value<List<String>> target;
    private final Specs.Value<Boolean> todo;
    private final Specs.Value<Boolean> inProgress;
    private final Specs.Value<Boolean> done;
    private final Specs.Value<Boolean> skipped;
    private final Specs.Value<Integer> level;
    private final Specs.Value<Boolean> json;

    public ListCommand(TrackerContext context) {
        super(context, "list",
                new String[] {"List skills as a tree, with marks, ids and each section's done/total.",
                    "Ids are within the roadmap on the tree's top line; every command takes them.",
                    "A status option shows only those skills and the sections that hold them;",
                    "the counts stay whole. Marks: [ ] todo, [/] in progress, [x] done,", "[-] skipped."},
                "  tracker list go-mastery-plan                  a whole roadmap",
                "  tracker list interfaces --todo                what is left of a section",
                "  tracker list go-architect-tracker --level 1 --todo   the open L1 skills",
                "  tracker list --in-progress                    what you started, everywhere",
                "  tracker list --todo --json | jq -r '.skills[].id'");
        target = Specs.words(spec, "0..*", "ROADMAP|SECTION",
                "A roadmap's id or file name, or a section's id, end of id, or title words (default: every roadmap).");
        todo = Specs.flag(spec, "Only skills to do.", "--todo");
        inProgress = Specs.flag(spec, "Only skills in progress.", "--in-progress");
        done = Specs.flag(spec, "Only skills done.", "--done");
        skipped = Specs.flag(spec, "Only skills skipped.", "--skipped");
        level = Specs.option(spec, Integer.class, "N",
                "Only skills of level N (under a heading like `L2: …`).", "--level");
        json = Specs.jsonFlag(spec);
    }

    @Override
    public void run() {
        Integer onlyLevel = level.get();
        if (onlyLevel != null && onlyLevel < 1) {
            throw new TrackerException(ExitCode.USAGE, "--level must be 1 or more, not " + onlyLevel);
        }
        ListFilter filter = new ListFilter(statuses(), onlyLevel == null ? 0 : onlyLevel);
        SkillGraph graph = graph();
        Progress progress = progressForReading();
        ListReport.Result result;
        if (target.get().isEmpty()) {
            result = ListReport.of(graph, progress, graph.roadmaps(), filter);
        } else {
            BrowseTargets.Target scope = BrowseTargets.scope(graph, String.join(" ", target.get()), context.width(),
                    root().interaction().picker());
            result = new ListReport.Result(filter, List.of(ListReport.tree(graph, progress, scope.roadmap(), scope.section(), filter)));
        }
        print(json.get() ? JsonBrowseRenderer.list(result) : new TextListRenderer(context.width()).render(result));
    }

    /** The status options, which combine: --todo --in-progress shows every open skill. */
    private Set<SkillStatus> statuses() {
        Set<SkillStatus> statuses = EnumSet.noneOf(SkillStatus.class);
        if (todo.get()) {
            statuses.add(SkillStatus.TODO);
        }
        if (inProgress.get()) {
            statuses.add(SkillStatus.IN_PROGRESS);
        }
        if (done.get()) {
            statuses.add(SkillStatus.DONE);
        }
        if (skipped.get()) {
            statuses.add(SkillStatus.SKIPPED);
        }
        return statuses;
    }
}
