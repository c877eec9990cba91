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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List skills as a tree, with marks, ids and each section's done/total.",
                "Ids are within the roadmap on the tree's top line; every command takes them.",
                "A status option shows only those skills and the sections that hold them;",
                "the counts stay whole. Marks: [ ] todo, [/] in progress, [x] done, [-] skipped."},
        footerHeading = "%nExamples:%n",
        footer = {"  tracker list go-mastery-plan                  a whole roadmap",
                "  tracker list interfaces --todo                what is left of a section",
                "  tracker list go-architect-tracker --level 1 --todo   the open L1 skills",
                "  tracker list --in-progress                    what you started, everywhere",
                "  tracker list --todo --json | jq -r '.skills[].id'"})
public final class ListCommand implements Runnable {
    @Parameters(arity = "0..*", paramLabel = "ROADMAP|SECTION",
            description = "A roadmap's id or file name, or a section's id, end of id, or title words (default: every roadmap).")
    List<String> target;

    @Option(names = "--todo", description = "Only skills to do.")
    boolean todo;

    @Option(names = "--in-progress", description = "Only skills in progress.")
    boolean inProgress;

    @Option(names = "--done", description = "Only skills done.")
    boolean done;

    @Option(names = "--skipped", description = "Only skills skipped.")
    boolean skipped;

    @Option(names = "--level", paramLabel = "N", description = "Only skills of level N (under a heading like `L2: …`).")
    Integer level;

    @Option(names = "--json", description = "Print JSON (schema in the README).")
    boolean json;

    @ParentCommand
    TrackerCommand root;

    private final TrackerContext context;

    public ListCommand(TrackerContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        if (level != null && level < 1) {
            throw new TrackerException(ExitCode.USAGE, "--level must be 1 or more, not " + level);
        }
        ListFilter filter = new ListFilter(statuses(), level == null ? 0 : level);
        Workspace workspace = root.workspace();
        SkillGraph graph = workspace.graph();
        Progress progress = workspace.progressForReading();
        ListReport.Result result;
        if (target == null || target.isEmpty()) {
            result = ListReport.of(graph, progress, graph.roadmaps(), filter);
        } else {
            BrowseTargets.Target scope = BrowseTargets.scope(graph, String.join(" ", target), context.width(),
                    root.interaction().picker());
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
