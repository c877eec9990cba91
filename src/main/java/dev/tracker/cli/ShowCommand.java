package dev.tracker.cli;

import dev.tracker.graph.SkillGraph;
import dev.tracker.render.JsonBrowseRenderer;
import dev.tracker.render.TextShowRenderer;
import dev.tracker.report.ListFilter;
import dev.tracker.report.ListReport;
import dev.tracker.report.ShowReport;
import dev.tracker.state.Progress;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show one skill in full, or a section or roadmap as a tree.",
                "A skill: where it is, its level, its status and since when, its whole text.",
                "A section or roadmap: the tree `list` prints, with its id.",
                "The stronger match wins (exact id, then the end of an id, then words);",
                "on equal terms a section wins over the skills it holds."},
        footerHeading = "%nExamples:%n",
        footer = {"  tracker show interfaces/l2/mocking     one skill",
                "  tracker show error handling            a section, as a tree with its counts",
                "  tracker show interfaces/l2             one level of a topic",
                "  tracker show interfaces/l2/mocking --json | jq .skill.status"})
public final class ShowCommand implements Runnable {
    @Parameters(arity = "1..*", paramLabel = "QUERY",
            description = "A skill's or section's id, the end of its id, or words of its title; or a roadmap's id.")
    List<String> query;

    @Option(names = "--json", description = "Print JSON (schema in the README).")
    boolean json;

    @ParentCommand
    TrackerCommand root;

    private final TrackerContext context;

    public ShowCommand(TrackerContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        Workspace workspace = root.workspace();
        SkillGraph graph = workspace.graph();
        BrowseTargets.Target target = BrowseTargets.any(graph, String.join(" ", query), context.width(),
                root.interaction().picker());
        Progress progress = workspace.progressForReading();
        TextShowRenderer text = new TextShowRenderer(context.width(), context.clock().getZone());
        if (target.skill() != null) {
            ShowReport.SkillDetail detail = ShowReport.skill(graph, progress, target.skill());
            context.out().print(json ? JsonBrowseRenderer.skill(detail) : text.skill(detail));
        } else {
            ListReport.Tree tree = ListReport.tree(graph, progress, target.roadmap(), target.section(), ListFilter.ALL);
            context.out().print(json ? JsonBrowseRenderer.section(tree) : text.section(tree));
        }
    }
}
