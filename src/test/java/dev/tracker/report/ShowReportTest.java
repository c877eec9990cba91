package dev.tracker.report;

import static dev.tracker.report.ReportFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.Progress;
import dev.tracker.testing.FixtureRoadmaps;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ShowReportTest {
    private static final Instant T1 = Instant.parse("2026-11-21T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-22T10:00:00Z");

    private final SkillGraph graph = ReportFixtures.graph();
    private final Skill define = skill(graph, FixtureRoadmaps.DEFINE);

    @Test
    void aSkillTheUserNeverTouchedHasOnlyTheMarkdownsMark() {
        ShowReport.SkillDetail detail = ShowReport.skill(graph, Progress.EMPTY, define);

        assertThat(detail.view().status()).isEqualTo(SkillStatus.TODO);
        assertThat(detail.view().state()).isNull();
        assertThat(detail.lastChange()).isNull();
        assertThat(detail.roadmap().id()).isEqualTo("alpha");
        assertThat(detail.view().sectionPath()).containsExactly("Interfaces", "L1: Junior");
    }

    @Test
    void aCheckedSkillSaysSinceWhen() {
        ShowReport.SkillDetail detail = ShowReport.skill(graph, Progress.EMPTY.with(define, SkillStatus.DONE, T1), define);

        assertThat(detail.view().status()).isEqualTo(SkillStatus.DONE);
        assertThat(detail.view().state().at()).isEqualTo(T1);
        assertThat(detail.lastChange().to()).isEqualTo(SkillStatus.DONE);
    }

    @Test
    void theLastChangeOutlivesAReturnToTheMarkdownsMark() {
        Progress progress = Progress.EMPTY.with(define, SkillStatus.DONE, T1).with(define, SkillStatus.TODO, T2)
                .with(skill(graph, FixtureRoadmaps.MOCKING), SkillStatus.TODO, T2);

        ShowReport.SkillDetail detail = ShowReport.skill(graph, progress, define);

        assertThat(detail.view().state()).isNull();
        assertThat(detail.lastChange().at()).isEqualTo(T2);
        assertThat(detail.lastChange().id()).isEqualTo(FixtureRoadmaps.DEFINE);
    }
}
