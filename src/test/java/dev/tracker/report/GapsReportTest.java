package dev.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.Progress;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GapsReportTest {
    private static final Instant AT = Instant.parse("2026-11-21T09:00:00Z");
    private static final String MARKDOWN = """
            # Tracker
            ## Structs
            ### L1: basics
            - [x] define
            ### L2: production
            - [ ] tags
            ### L3: internals
            - [ ] layout
            ## Defer
            ### L1: basics
            - [ ] register
            - [ ] order
            ### L2: production
            - [ ] loops
            ### L3: internals
            - [x] open-coded
            ## L3 Graphing Challenges: draw
            - [ ] hchan
            """;

    private final SkillGraph graph = ReportFixtures.graph("tracker.md", MARKDOWN);

    @Test
    void frontierIsTheLowestLevelNotComplete() {
        GapsReport.RoadmapGaps gaps = gaps(Progress.EMPTY);
        assertThat(gaps.levels()).containsExactly(1, 2, 3);
        assertThat(gaps.topics()).extracting(t -> t.topic().title(), GapsReport.TopicGaps::frontier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Structs", 2),
                        org.assertj.core.groups.Tuple.tuple("Defer", 1),
                        org.assertj.core.groups.Tuple.tuple("L3 Graphing Challenges: draw", 3));
        assertThat(gaps.topicsPerFrontier()).isEqualTo(Map.of(1, 1, 2, 1, 3, 1));
    }

    @Test
    void aLevelWithNoTopicGetsNoInventedLowerLevels() {
        GapsReport.TopicGaps graphing = gaps(Progress.EMPTY).topics().get(2);
        assertThat(graphing.counts()).containsOnlyKeys(3);
        assertThat(graphing.counts().get(3).total()).isEqualTo(1);
    }

    @Test
    void higherLevelDoneWhileALowerIsOpenIsSkippedAhead() {
        GapsReport.RoadmapGaps gaps = gaps(Progress.EMPTY);
        assertThat(gaps.topics().get(1).skippedAhead()).as("Defer: L3 done, L1 open").isTrue();
        assertThat(gaps.topics().get(0).skippedAhead()).as("Structs: only L1 done").isFalse();
    }

    @Test
    void checkingEveryL1SkillMovesTheFrontierToL2() {
        Progress progress = Progress.EMPTY
                .with(ReportFixtures.skill(graph, "tracker/defer/l1/register"), SkillStatus.DONE, AT)
                .with(ReportFixtures.skill(graph, "tracker/defer/l1/order"), SkillStatus.SKIPPED, AT);
        GapsReport.TopicGaps defer = gaps(progress).topics().get(1);
        assertThat(defer.frontier()).isEqualTo(2);
        assertThat(defer.missing().get(1)).isEmpty();
        assertThat(defer.missing().get(2)).extracting(s -> s.id()).containsExactly("tracker/defer/l2/loops");
    }

    @Test
    void aTopicWithEveryLevelDoneHasFrontierZero() {
        Progress progress = Progress.EMPTY
                .with(ReportFixtures.skill(graph, "tracker/structs/l2/tags"), SkillStatus.DONE, AT)
                .with(ReportFixtures.skill(graph, "tracker/structs/l3/layout"), SkillStatus.DONE, AT);
        assertThat(gaps(progress).topics().get(0).frontier()).isZero();
    }

    @Test
    void aRoadmapWithoutLevelsHasNoTopics() {
        SkillGraph plain = ReportFixtures.graph("plain.md", "# Plain\n## Week 1\n- [ ] http\n");
        GapsReport.RoadmapGaps gaps = GapsReport.of(plain, Progress.EMPTY, plain.roadmaps()).roadmaps().get(0);
        assertThat(gaps.levels()).isEmpty();
        assertThat(gaps.topics()).isEmpty();
    }

    private GapsReport.RoadmapGaps gaps(Progress progress) {
        return GapsReport.of(graph, progress, graph.roadmaps()).roadmaps().get(0);
    }
}
