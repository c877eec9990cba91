package dev.tracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.report.ListFilter;
import dev.tracker.report.ListReport;
import dev.tracker.report.ShowReport;
import dev.tracker.roadmap.RoadmapLoader;
import dev.tracker.state.Progress;
import dev.tracker.testing.Golden;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** `list` and `show` on the frozen copies of the five roadmaps, at 80 columns, compared with golden files. */
class ListGoldenTest {
    private static final int WIDTH = 80;
    private static final Instant AT = Instant.parse("2026-11-21T09:00:00Z");
    private static final SkillGraph GRAPH = new SkillGraph(RoadmapLoader.load(
            dev.tracker.testing.TrackerRunner.fixtureRoadmaps()));

    @Test
    void listOfEveryRoadmap() throws IOException {
        String text = new TextListRenderer(WIDTH).render(ListReport.of(GRAPH, Progress.EMPTY, GRAPH.roadmaps(), ListFilter.ALL));

        Golden.assertMatches("list.txt", text);
        assertThat(text.lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(WIDTH));
        assertThat(text.lines().filter(line -> line.matches("\\s*\\[[ x/-]] .*"))).hasSize(GRAPH.skills().size());
    }

    @Test
    void openLevelOneSkillsOfTheArchitectTrackerWithProgressInEveryState() throws IOException {
        Progress progress = Progress.EMPTY
                .with(skill("go-architect-tracker/error-handling-vs-panics/l1/philosophy"), SkillStatus.DONE, AT)
                .with(skill("go-architect-tracker/error-handling-vs-panics/l1/syntax"), SkillStatus.IN_PROGRESS, AT)
                .with(skill("go-architect-tracker/defer/l1/syntax"), SkillStatus.SKIPPED, AT);
        Roadmap roadmap = GRAPH.findRoadmap("go-architect-tracker").orElseThrow();
        ListReport.Result result = ListReport.of(GRAPH, progress, List.of(roadmap),
                new ListFilter(Set.of(SkillStatus.TODO, SkillStatus.IN_PROGRESS), 1));

        String text = new TextListRenderer(WIDTH).render(result);

        Golden.assertMatches("list-go-architect-tracker-open-l1.txt", text);
        assertThat(text).contains("[/] error-handling-vs-panics/l1/syntax")
                .doesNotContain("l1/philosophy").doesNotContain("structs-methods-composition");
    }

    @Test
    void showOfASkillWithItsWholeTextWrapped() throws IOException {
        Skill skill = skill("go-architect-tracker/interfaces/l2/mocking");
        Progress progress = Progress.EMPTY.with(skill, SkillStatus.DONE, AT);

        String text = new TextShowRenderer(WIDTH, ZoneOffset.UTC).skill(ShowReport.skill(GRAPH, progress, skill));

        Golden.assertMatches("show-interfaces-l2-mocking.txt", text);
        assertThat(text.lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(WIDTH));
    }

    private static Skill skill(String id) {
        return GRAPH.skill(id).orElseThrow(() -> new AssertionError("no skill " + id));
    }
}
