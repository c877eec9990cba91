package dev.tracker.cli;

import dev.tracker.graph.SkillGraph;
import dev.tracker.render.JsonBrowseRenderer;
import dev.tracker.render.TextShowRenderer;
import dev.tracker.report.ListFilter;
import dev.tracker.report.ListReport;
import dev.tracker.report.ShowReport;
import dev.tracker.state.Progress;
import java.util.List;

/** {@code tracker show}: Show one skill in full, or a section or roadmap as a tree. */
public final class ShowCommand extends ModelledCommand implements Runnable {
    List<String> query;
    boolean json;

    public ShowCommand(TrackerContext context) {
        super(context);
        spec = Specs.command(this, "show",
                new String[] {"Show one skill in full, or a section or roadmap as a tree.",
                    "A skill: where it is, its level, its status and since when, its whole text.",
                    "A section or roadmap: the tree `list` prints, with its id.",
                    "The stronger match wins (exact id, then the end of an id, then words);",
                    "on equal terms a section wins over the skills it holds."},
                "%nExamples:%n",
                "  tracker show interfaces/l2/mocking     one skill",
                "  tracker show error handling            a section, as a tree with its counts",
                "  tracker show interfaces/l2             one level of a topic",
                "  tracker show interfaces/l2/mocking --json | jq .skill.status");
        Specs.words(spec, "1..*", "QUERY",
                "A skill's or section's id, the end of its id, or words of its title; or a roadmap's id.");
        Specs.jsonFlag(spec);
        Specs.addHelpOptions(spec);
    }

    /** The values picocli parsed, into the fields the command reads. */
    private void bind() {
        query = Specs.positionalValue(spec, 0, query);
        json = Specs.value(spec, "--json", json);
    }

    @Override
    public void run() {
        bind();
        Workspace workspace = root().workspace();
        SkillGraph graph = workspace.graph();
        BrowseTargets.Target target = BrowseTargets.any(graph, String.join(" ", query), context.width(),
                root().interaction().picker());
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
