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
    List<String> target;
    boolean todo;
    boolean inProgress;
    boolean done;
    boolean skipped;
    Integer level;
    boolean json;

    public ListCommand(TrackerContext context) {
        super(context);
        spec = Specs.command(this, "list",
                new String[] {"List skills as a tree, with marks, ids and each section's done/total.",
                    "Ids are within the roadmap on the tree's top line; every command takes them.",
                    "A status option shows only those skills and the sections that hold them;",
                    "the counts stay whole. Marks: [ ] todo, [/] in progress, [x] done, [-] skipped."},
                "%nExamples:%n",
                "  tracker list go-mastery-plan                  a whole roadmap",
                "  tracker list interfaces --todo                what is left of a section",
                "  tracker list go-architect-tracker --level 1 --todo   the open L1 skills",
                "  tracker list --in-progress                    what you started, everywhere",
                "  tracker list --todo --json | jq -r '.skills[].id'");
        Specs.words(spec, "0..*", "ROADMAP|SECTION",
                "A roadmap's id or file name, or a section's id, end of id, or title words (default: every roadmap).");
        Specs.flag(spec, "Only skills to do.", "--todo");
        Specs.flag(spec, "Only skills in progress.", "--in-progress");
        Specs.flag(spec, "Only skills done.", "--done");
        Specs.flag(spec, "Only skills skipped.", "--skipped");
        Specs.option(spec, Integer.class, "N",
                "Only skills of level N (under a heading like `L2: …`).", "--level");
        Specs.jsonFlag(spec);
        Specs.addHelpOptions(spec);
    }

    /** The values picocli parsed, into the fields the command reads. */
    private void bind() {
        target = Specs.positionalValue(spec, 0, target);
        todo = Specs.value(spec, "--todo", todo);
        inProgress = Specs.value(spec, "--in-progress", inProgress);
        done = Specs.value(spec, "--done", done);
        skipped = Specs.value(spec, "--skipped", skipped);
        level = Specs.value(spec, "--level", level);
        json = Specs.value(spec, "--json", json);
    }

    @Override
    public void run() {
        bind();
        if (level != null && level < 1) {
            throw new TrackerException(ExitCode.USAGE, "--level must be 1 or more, not " + level);
        }
        ListFilter filter = new ListFilter(statuses(), level == null ? 0 : level);
        Workspace workspace = root().workspace();
        SkillGraph graph = workspace.graph();
        Progress progress = workspace.progressForReading();
        ListReport.Result result;
        if (target == null || target.isEmpty()) {
            result = ListReport.of(graph, progress, graph.roadmaps(), filter);
        } else {
            BrowseTargets.Target scope = BrowseTargets.scope(graph, String.join(" ", target), context.width(),
                    root().interaction().picker());
            result = new ListReport.Result(filter, List.of(ListReport.tree(graph, progress, scope.roadmap(), scope.section(), filter)));
        }
        context.out().print(json ? JsonBrowseRenderer.list(result) : new TextListRenderer(context.width()).render(result));
    }

    /** The status options, which combine: --todo --in-progress shows every open skill. */
    private Set<SkillStatus> statuses() {
        Set<SkillStatus> statuses = EnumSet.noneOf(SkillStatus.class);
        if (todo) {
            statuses.add(SkillStatus.TODO);
        }
        if (inProgress) {
            statuses.add(SkillStatus.IN_PROGRESS);
        }
        if (done) {
            statuses.add(SkillStatus.DONE);
        }
        if (skipped) {
            statuses.add(SkillStatus.SKIPPED);
        }
        return statuses;
    }
}
