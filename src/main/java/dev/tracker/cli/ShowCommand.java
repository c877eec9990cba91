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
    private final Specs.Value<List<String>> query;
    private final Specs.Value<Boolean> json;

    public ShowCommand(TrackerContext context) {
        super(context, "show",
                new String[] {"Show one skill in full, or a section or roadmap as a tree.",
                    "A skill: where it is, its level, its status and since when, its whole text.",
                    "A section or roadmap: the tree `list` prints, with its id.",
                    "The stronger match wins (exact id, then the end of an id, then words);",
                    "on equal terms a section wins over the skills it holds."},
                "  tracker show interfaces/l2/mocking     one skill",
                "  tracker show error handling            a section, as a tree with its counts",
                "  tracker show interfaces/l2             one level of a topic",
                "  tracker show interfaces/l2/mocking --json | jq .skill.status");
        query = Specs.words(spec, "1..*", "QUERY",
                "A skill's or section's id, the end of its id, or words of its title; or a roadmap's id.");
        json = Specs.jsonFlag(spec);
    }

    @Override
    public void run() {
        SkillGraph graph = graph();
        BrowseTargets.Target target = BrowseTargets.any(graph, String.join(" ", query.get()), context.width(),
                root().interaction().picker());
        Progress progress = progressForReading();
        TextShowRenderer text = new TextShowRenderer(context.width(), context.clock().getZone());
        if (target.skill() != null) {
            ShowReport.SkillDetail detail = ShowReport.skill(graph, progress, target.skill());
            print(json.get() ? JsonBrowseRenderer.skill(detail) : text.skill(detail));
        } else {
            ListReport.Tree tree = ListReport.tree(graph, progress, target.roadmap(), target.section(), ListFilter.ALL);
            print(json.get() ? JsonBrowseRenderer.section(tree) : text.section(tree));
        }
    }
}
