package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.ShortIds;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.JsonGapsRenderer;
import dev.tracker.render.TextGapsRenderer;
import dev.tracker.render.TextTopicGapsRenderer;
import dev.tracker.report.GapsReport;
import dev.tracker.report.Topic;
import dev.tracker.report.TopicQuery;
import dev.tracker.shell.Choice;
import dev.tracker.state.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code tracker gaps}: The L1→Ln gaps per topic: each level's progress, and the frontier. */
public final class GapsCommand extends ModelledCommand implements Runnable {
    private final Specs.Value<List<String>> words;
    private final Specs.Value<Boolean> json;

    public GapsCommand(TrackerContext context) {
        super(context, "gaps",
                new String[] {"The L1→Ln gaps per topic: each level's progress, and the frontier.",
                    "The frontier is the topic's lowest level not complete.",
                    "Warns where a topic has higher levels done while a lower one is open.",
                    "With a TOPIC, lists the skills each of its levels is missing."},
                "  tracker gaps                          every roadmap with levels",
                "  tracker gaps go-architect-tracker     its 24 topics",
                "  tracker gaps interfaces               what Interfaces misses at each level",
                "  tracker gaps --json | jq '.roadmaps[].frontiers'");
        words = Specs.words(spec, "0..*", "ROADMAP|TOPIC",
                "A roadmap's id or file name, or a topic: its id, the end of its id, or words of its title.");
        json = Specs.jsonFlag(spec);
    }

    @Override
    public void run() {
        SkillGraph graph = graph();
        Progress progress = progressForReading();
        String target = words.get().isEmpty() ? null : String.join(" ", words.get());
        Optional<Roadmap> roadmap = target == null ? Optional.empty() : graph.findRoadmap(target);
        if (target != null && roadmap.isEmpty()) {
            GapsReport.Result result = GapsReport.ofTopic(graph, progress, uniqueTopic(graph, target, context.width()));
            print(json.get() ? JsonGapsRenderer.render(result)
                    : new TextTopicGapsRenderer(context.width()).render(result.roadmaps().get(0), progress));
            return;
        }
        GapsReport.Result result = GapsReport.of(graph, progress, roadmap.map(List::of).orElse(graph.roadmaps()));
        print(json.get() ? JsonGapsRenderer.render(result) : new TextGapsRenderer(context.width()).render(result));
    }

    /** The one topic a query names, else exit 1 (none) or 2 (several, listed): for gaps and context alike. */
    static Topic uniqueTopic(SkillGraph graph, String query, int width) {
        List<Topic> topics = TopicQuery.find(graph, query);
        if (topics.size() == 1) {
            return topics.get(0);
        }
        if (topics.isEmpty()) {
            throw new TrackerException(ExitCode.FAILURE, "no roadmap or topic '" + query + "'; the roadmaps are: "
                    + Roadmaps.ids(graph));
        }
        throw new TrackerException(ExitCode.USAGE, "'" + query + "' matches " + topics.size() + " topics; name one by its id:",
                Candidates.lines(topicChoices(graph, topics), width));
    }

    /** Topics by the unique ends of their ids among all topics. */
    private static List<Choice> topicChoices(SkillGraph graph, List<Topic> topics) {
        List<String> all = new ArrayList<>();
        graph.roadmaps().forEach(r -> Topic.of(graph, r).forEach(t -> all.add(t.id())));
        ShortIds shortIds = new ShortIds(all);
        return topics.stream().map(t -> new Choice(shortIds.of(t.id()), t.title())).toList();
    }
}
