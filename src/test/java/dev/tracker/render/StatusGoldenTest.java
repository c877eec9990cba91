package dev.tracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.report.ChangeReport;
import dev.tracker.report.StatusReport;
import dev.tracker.roadmap.RoadmapLoader;
import dev.tracker.state.Progress;
import dev.tracker.testing.Golden;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reports on the frozen copies of the five roadmaps, at 80 columns, compared with golden files. */
class StatusGoldenTest {
    private static final int WIDTH = 80;
    private static final Instant AT = Instant.parse("2026-11-21T09:00:00Z");
    private static final SkillGraph GRAPH = new SkillGraph(RoadmapLoader.load(
            dev.tracker.testing.TrackerRunner.fixtureRoadmaps()));

    @Test
    void statusOfEveryRoadmap() throws IOException {
        String text = render(Progress.EMPTY, GRAPH.roadmaps(), 0);
        Golden.assertMatches("status.txt", text);
        assertThat(text.lines()).hasSize(5).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(WIDTH));
    }

    @Test
    void statusOfLeveledRoadmapListsItsTopics() throws IOException {
        Golden.assertMatches("status-go-architect-tracker.txt",
                render(Progress.EMPTY, List.of(GRAPH.findRoadmap("go-architect-tracker").orElseThrow()), 1));
    }

    @Test
    void statusTwoDeepWithProgressInEveryState() throws IOException {
        Progress progress = Progress.EMPTY;
        progress = progress.with(skill("concurrency-god-mode/mastery-checkpoints/l2/lock-free-programming"), SkillStatus.IN_PROGRESS, AT);
        progress = progress.with(skill("concurrency-god-mode/mastery-checkpoints/l3/production-system-design"), SkillStatus.SKIPPED, AT);
        progress = progress.with(skill("concurrency-god-mode/phase-tracking/phase-5/advanced-debugging"), SkillStatus.DONE, AT);
        Golden.assertMatches("status-concurrency-depth-2.txt",
                render(progress, List.of(GRAPH.findRoadmap("concurrency-god-mode").orElseThrow()), 2));
    }

    @Test
    void checkThatCompletesASectionSaysSo() throws IOException {
        Progress before = Progress.EMPTY;
        var skill = skill("concurrency-god-mode/phase-tracking/phase-5/advanced-debugging");
        Progress after = before.with(skill, SkillStatus.DONE, AT);
        String text = new TextChangeRenderer(WIDTH).render(ChangeReport.of(GRAPH, before, after, List.of(skill)));
        Golden.assertMatches("check-completes-phase.txt", text);
        assertThat(text).contains("★ complete: Phase 5");
    }

    private static dev.tracker.graph.Skill skill(String id) {
        return GRAPH.skill(id).orElseThrow(() -> new AssertionError("no skill " + id));
    }

    private static String render(Progress progress, List<Roadmap> roadmaps, int depth) {
        return new TextStatusRenderer(WIDTH).render(StatusReport.of(GRAPH, progress, roadmaps, depth));
    }
}
