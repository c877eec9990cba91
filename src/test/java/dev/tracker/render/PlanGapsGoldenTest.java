package dev.tracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.SkillGraph;
import dev.tracker.report.GapsReport;
import dev.tracker.report.PlanReport;
import dev.tracker.roadmap.RoadmapLoader;
import dev.tracker.state.Progress;
import dev.tracker.testing.Golden;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `next` and `gaps` on the frozen copies of the five roadmaps with no state, at 80 columns, against golden files. */
class PlanGapsGoldenTest {
    private static final int WIDTH = 80;
    private static final SkillGraph GRAPH = new SkillGraph(RoadmapLoader.load(
            dev.tracker.testing.TrackerRunner.fixtureRoadmaps()));

    @Test
    void nextAcrossEveryRoadmap() throws IOException {
        String text = new TextPlanRenderer(WIDTH, new dev.tracker.graph.ShortIds(GRAPH)).render(PlanReport.of(GRAPH, Progress.EMPTY, GRAPH.roadmaps(),
                PlanReport.DEFAULT_COUNT, false));
        Golden.assertMatches("next.txt", text);
    }

    @Test
    void gapsOfEveryRoadmap() throws IOException {
        String text = new TextGapsRenderer(WIDTH).render(GapsReport.of(GRAPH, Progress.EMPTY, GRAPH.roadmaps()));
        Golden.assertMatches("gaps.txt", text);
        assertThat(text.lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(WIDTH));
    }

    @Test
    void gapsJsonOfTheArchitectTracker() throws IOException {
        Golden.assertMatches("gaps-go-architect-tracker.json", JsonGapsRenderer.render(GapsReport.of(GRAPH, Progress.EMPTY,
                List.of(GRAPH.findRoadmap("go-architect-tracker").orElseThrow()))));
    }
}
