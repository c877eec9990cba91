package dev.tracker.report;

import static dev.tracker.report.ReportFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.Progress;
import dev.tracker.testing.FixtureRoadmaps;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusReportTest {
    private final SkillGraph graph = ReportFixtures.graph();

    private StatusReport.Result report(Progress progress, int depth) {
        return StatusReport.of(graph, progress, graph.roadmaps(), depth);
    }

    private static List<String> sectionIds(StatusReport.RoadmapStatus roadmap) {
        return roadmap.sections().stream().map(s -> s.section().id()).toList();
    }

    @Test
    void depthZeroGivesOneLinePerRoadmapAndNoSections() {
        StatusReport.Result result = report(Progress.EMPTY, 0);

        assertThat(result.roadmaps()).extracting(r -> r.roadmap().id()).containsExactly("alpha", "beta");
        assertThat(result.roadmaps()).extracting(StatusReport.RoadmapStatus::counts)
                .containsExactly(new Counts(7, 2, 1, 0), new Counts(3, 1, 0, 1));
        assertThat(result.roadmaps()).allSatisfy(r -> assertThat(r.sections()).isEmpty());
    }

    @Test
    void depthOneListsTopLevelSectionsAndLeavesEmptyOnesOut() {
        StatusReport.RoadmapStatus alpha = report(Progress.EMPTY, 1).roadmaps().get(0);

        assertThat(sectionIds(alpha)).containsExactly("alpha/basics", "alpha/interfaces");
        assertThat(alpha.sections()).extracting(StatusReport.SectionStatus::counts)
                .containsExactly(new Counts(3, 1, 1, 0), new Counts(4, 1, 0, 0));
        assertThat(graph.roadmaps().get(0).sections()).extracting(s -> s.title())
                .as("the fixture does have a Resources section").contains("Resources");
    }

    @Test
    void depthTwoAddsTheLevelsInDocumentOrder() {
        StatusReport.RoadmapStatus alpha = report(Progress.EMPTY, 2).roadmaps().get(0);

        assertThat(sectionIds(alpha)).containsExactly(
                "alpha/basics", "alpha/interfaces", "alpha/interfaces/l1", "alpha/interfaces/l2");
        assertThat(alpha.sections().get(2).counts()).isEqualTo(new Counts(2, 0, 0, 0));
        assertThat(alpha.sections().get(3).counts()).isEqualTo(new Counts(2, 1, 0, 0));
    }

    @Test
    void depthBeyondTheDeepestSectionListsEverySectionWithSkills() {
        assertThat(sectionIds(report(Progress.EMPTY, 9).roadmaps().get(0)))
                .isEqualTo(sectionIds(report(Progress.EMPTY, 2).roadmaps().get(0)));
    }

    @Test
    void countsFollowTheUsersProgress() {
        Instant at = Instant.parse("2026-11-21T09:00:00Z");
        Progress progress = Progress.EMPTY
                .with(skill(graph, FixtureRoadmaps.DEFINE), SkillStatus.DONE, at)
                .with(skill(graph, FixtureRoadmaps.CONTROL_FLOW), SkillStatus.IN_PROGRESS, at)
                .with(skill(graph, FixtureRoadmaps.EMBEDDING), SkillStatus.SKIPPED, at);

        StatusReport.RoadmapStatus alpha = report(progress, 2).roadmaps().get(0);

        assertThat(alpha.counts()).isEqualTo(new Counts(7, 3, 2, 1));
        assertThat(alpha.sections()).extracting(StatusReport.SectionStatus::counts).containsExactly(
                new Counts(3, 1, 2, 0), new Counts(4, 2, 0, 1), new Counts(2, 1, 0, 0), new Counts(2, 1, 0, 1));
    }

    @Test
    void onlyTheRoadmapsAskedForAreReported() {
        StatusReport.Result result = StatusReport.of(graph, Progress.EMPTY, List.of(graph.roadmaps().get(1)), 1);

        assertThat(result.roadmaps()).singleElement().satisfies(beta -> {
            assertThat(beta.roadmap().id()).isEqualTo("beta");
            assertThat(sectionIds(beta)).containsExactly("beta/only");
        });
    }
}
