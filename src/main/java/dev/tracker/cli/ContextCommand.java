package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.JsonContextRenderer;
import dev.tracker.render.MarkdownContextRenderer;
import dev.tracker.report.ContextReport;
import dev.tracker.report.ContextTrim;
import dev.tracker.report.Topic;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** {@code tracker context}: what a mentor needs to know, as markdown to paste into a prompt, or JSON. */
public final class ContextCommand extends ModelledCommand implements Runnable {
    private final Specs.Value<List<String>> words;
    private final Specs.Value<String> format;
    private final Specs.Value<Integer> maxChars;

    public ContextCommand(TrackerContext context) {
        super(context, "context",
                new String[] {"What a mentor needs to know, to paste into its prompt (or pipe to one).",
                    "Each roadmap's own rules (its text before the first section), the skills",
                    "done by topic and level, in progress, the gaps per topic, the next items,",
                    "the reviews due and your notes. --max-chars leaves out the least important",
                    "parts first, and says what it left out."},
                "  tracker context                          every roadmap, as markdown",
                "  tracker context go-architect-tracker     one roadmap",
                "  tracker context interfaces               one topic",
                "  tracker context --max-chars 8000 | llm -s 'You are my Go mentor'",
                "  tracker context --format json | jq '.roadmaps[].gaps'");
        words = Specs.words(spec, "0..*", "ROADMAP|TOPIC",
                "A roadmap's id or file name, or a topic: its id, the end of its id, or words of its title.");
        format = Specs.optionWithDefault(spec, String.class, "markdown", "FORMAT",
                "markdown (default) or json (schema in the README).", "--format");
        maxChars = Specs.option(spec, Integer.class, "N", "At most N characters: leave out the least important parts first.",
                "--max-chars");
    }

    @Override
    public void run() {
        String shape = format.get().strip().toLowerCase(java.util.Locale.ROOT);
        if (!shape.equals("markdown") && !shape.equals("json")) {
            throw new TrackerException(ExitCode.USAGE, "--format wants markdown or json, not '" + format.get() + "'");
        }
        Integer budget = maxChars.get();
        if (budget != null && budget < 1) {
            throw new TrackerException(ExitCode.USAGE, "--max-chars must be 1 or more, not " + budget);
        }
        SkillGraph graph = graph();
        String target = words.get().isEmpty() ? null : String.join(" ", words.get());
        Optional<Roadmap> roadmap = target == null ? Optional.empty() : graph.findRoadmap(target);
        Topic topic = target != null && roadmap.isEmpty() ? GapsCommand.uniqueTopic(graph, target, context.width()) : null;
        List<Roadmap> roadmaps = topic != null ? List.of(graph.findRoadmap(topic.roadmapId()).orElseThrow())
                : roadmap.map(List::of).orElse(graph.roadmaps());
        String scope = topic != null ? topic.id() : roadmap.map(Roadmap::id).orElse(null);
        ContextReport.Result full = ContextReport.of(graph, progressForReading(), roadmaps, topic, scope,
                context.clock().instant(), workspace().settings().retention().value());
        MarkdownContextRenderer markdown = new MarkdownContextRenderer(context.clock().getZone());
        Function<ContextReport.Result, String> render = shape.equals("json") ? JsonContextRenderer::render : markdown::render;
        if (budget == null) {
            print(render.apply(full));
            return;
        }
        ContextReport.Result fitted = ContextTrim.fit(full, r -> length(render.apply(r)), budget).orElseThrow(() ->
                new TrackerException(ExitCode.USAGE, "--max-chars " + budget + " is too small: with every part left out the "
                        + "context still takes " + length(render.apply(ContextTrim.emptied(full))) + " characters; give at "
                        + "least that"));
        print(render.apply(fitted));
    }

    /** Characters as a person counts them (code points), not UTF-16 units. */
    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
