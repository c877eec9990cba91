package dev.tracker.report;

import static dev.tracker.report.ReportFixtures.skill;
import static dev.tracker.testing.FixtureRoadmaps.CONTROL_FLOW;
import static dev.tracker.testing.FixtureRoadmaps.DEFINE;
import static dev.tracker.testing.FixtureRoadmaps.EMBEDDING;
import static dev.tracker.testing.FixtureRoadmaps.IMPLICIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.Progress;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeReportTest {
    private static final Instant AT = Instant.parse("2026-11-21T09:00:00Z");

    private final SkillGraph graph = ReportFixtures.graph();

    private Progress set(Progress progress, SkillStatus status, String... ids) {
        for (String id : ids) {
            progress = progress.with(skill(graph, id), status, AT);
        }
        return progress;
    }

    private List<ChangeReport.Change> change(Progress before, SkillStatus status, String... ids) {
        List<Skill> skills = Arrays.stream(ids).map(id -> skill(graph, id)).toList();
        return ChangeReport.of(graph, before, set(before, status, ids), skills);
    }

    @Test
    void reportsTheChangeAndTheEnclosingLevelsCounts() {
        ChangeReport.Change change = change(Progress.EMPTY, SkillStatus.DONE, DEFINE).get(0);

        assertThat(change.skill().id()).isEqualTo(DEFINE);
        assertThat(change.from()).isEqualTo(SkillStatus.TODO);
        assertThat(change.to()).isEqualTo(SkillStatus.DONE);
        assertThat(change.changed()).isTrue();
        assertThat(change.section().id()).isEqualTo("alpha/interfaces/l1");
        assertThat(change.section().title()).isEqualTo("L1: Junior");
        assertThat(change.counts()).isEqualTo(new Counts(2, 1, 0, 0));
        assertThat(change.completed()).isEmpty();
    }

    @Test
    void checkingTheSecondSkillOfALevelCompletesIt() {
        Progress before = set(Progress.EMPTY, SkillStatus.DONE, DEFINE);

        ChangeReport.Change change = change(before, SkillStatus.DONE, IMPLICIT).get(0);

        assertThat(change.counts()).isEqualTo(new Counts(2, 2, 0, 0));
        assertThat(change.completed()).containsExactly("L1: Junior");
    }

    @Test
    void skippingTheLastOpenSkillCompletesItsSections() {
        Progress before = set(Progress.EMPTY, SkillStatus.DONE, DEFINE, IMPLICIT);

        ChangeReport.Change change = change(before, SkillStatus.SKIPPED, EMBEDDING).get(0);

        assertThat(change.counts()).isEqualTo(new Counts(2, 1, 0, 1));
        assertThat(change.completed()).containsExactly("L2: Senior", "Interfaces");
    }

    @Test
    void theLastSkillOfARoadmapCompletesItsSectionsInnermostFirstThenTheRoadmap() {
        Progress before = set(Progress.EMPTY, SkillStatus.DONE,
                CONTROL_FLOW, "alpha/basics/functions", DEFINE, IMPLICIT);

        ChangeReport.Change change = change(before, SkillStatus.DONE, EMBEDDING).get(0);

        assertThat(change.completed()).containsExactly("L2: Senior", "Interfaces", "Alpha Plan");
    }

    @Test
    void aSkillAlreadyThereIsReportedUnchangedAndCompletesNothing() {
        Progress before = set(Progress.EMPTY, SkillStatus.DONE, DEFINE, IMPLICIT);

        ChangeReport.Change change = change(before, SkillStatus.DONE, IMPLICIT).get(0);

        assertThat(change.changed()).isFalse();
        assertThat(change.from()).isEqualTo(SkillStatus.DONE);
        assertThat(change.completed()).isEmpty();
    }

    @Test
    void uncheckingInACompleteLevelCompletesNothing() {
        Progress before = set(Progress.EMPTY, SkillStatus.DONE, DEFINE, IMPLICIT);

        ChangeReport.Change change = change(before, SkillStatus.TODO, IMPLICIT).get(0);

        assertThat(change.counts()).isEqualTo(new Counts(2, 1, 0, 0));
        assertThat(change.completed()).isEmpty();
    }

    @Test
    void aSectionCompletedBySeveralSkillsAtOnceIsReportedOnce() {
        List<ChangeReport.Change> changes = change(Progress.EMPTY, SkillStatus.DONE, DEFINE, IMPLICIT);

        assertThat(changes).hasSize(2);
        assertThat(changes.stream().flatMap(c -> c.completed().stream()))
                .as("one `tracker check` of both L1 skills completes L1 once").containsOnlyOnce("L1: Junior");
    }

    @Test
    void aSkillBeforeAnyHeadingReportsTheRoadmapsCounts() {
        SkillGraph loose = ReportFixtures.graph("loose.md", """
                - [ ] First
                - [x] Second
                """);
        Skill first = skill(loose, "loose/first");

        ChangeReport.Change change = ChangeReport.of(loose, Progress.EMPTY,
                Progress.EMPTY.with(first, SkillStatus.DONE, AT), List.of(first)).get(0);

        assertThat(change.section()).isNull();
        assertThat(change.counts()).isEqualTo(new Counts(2, 2, 0, 0));
        assertThat(change.completed()).containsExactly("loose.md");
    }
}
