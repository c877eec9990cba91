package dev.tracker.report;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.roadmap.MarkdownRoadmapParser;
import dev.tracker.testing.FixtureRoadmaps;
import java.util.List;

/** The shared fixture roadmaps, parsed into a graph. */
final class ReportFixtures {
    private ReportFixtures() {
    }

    static SkillGraph graph() {
        return new SkillGraph(List.of(MarkdownRoadmapParser.parse("alpha.md", FixtureRoadmaps.ALPHA),
                MarkdownRoadmapParser.parse("beta.md", FixtureRoadmaps.BETA)));
    }

    static SkillGraph graph(String fileName, String markdown) {
        return new SkillGraph(List.of(MarkdownRoadmapParser.parse(fileName, markdown)));
    }

    static Skill skill(SkillGraph graph, String id) {
        return graph.skill(id).orElseThrow(() -> new AssertionError("no skill " + id + " in " + graph.skills()));
    }
}
