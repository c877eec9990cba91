package dev.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.HistoryEntry;
import dev.tracker.state.Progress;
import dev.tracker.state.SkillState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import dev.tracker.testing.Histories;
import org.junit.jupiter.api.Test;

class DoctorReportTest {
    private static final Instant AT = Instant.parse("2026-11-21T09:00:00Z");
    private final SkillGraph graph = ReportFixtures.graph("plan.md", """
            # Plan
            ## Week 1
            - [ ] **Go channels:** buffered and unbuffered channels
            - [ ] **Select:** waiting on several channels at once
            - [x] **Maps:** hash maps and their buckets
            """);

    @Test
    void anEntryWhoseSkillLeftIsAnOrphanWithItsLikelySuccessor() {
        Progress progress = Histories.progress(Map.of(
                "plan/week-0/channels", new SkillState(SkillStatus.DONE, AT, "Channels: buffered and unbuffered channels in Go"),
                "plan/week-1/select", new SkillState(SkillStatus.DONE, AT, "Select: waiting on several channels at once")),
                List.of(Histories.change(AT, "plan/gone", SkillStatus.TODO, SkillStatus.DONE),
                        HistoryEntry.status(AT, "test-cleared", "plan/gone", SkillStatus.DONE, SkillStatus.TODO, true, "")));
        DoctorReport.Result result = DoctorReport.of(graph, progress);
        assertThat(result.healthy()).isFalse();
        assertThat(result.orphans()).singleElement().satisfies(orphan -> {
            assertThat(orphan.id()).isEqualTo("plan/week-0/channels");
            assertThat(orphan.successor().skill().id()).isEqualTo("plan/week-1/go-channels");
            assertThat(orphan.successor().score()).isGreaterThan(OrphanMatcher.THRESHOLD);
        });
        assertThat(result.historyOnly()).isEqualTo(1);
    }

    @Test
    void aRenamedFilesSkillIsItsSuccessorAtOneHundredPercentAndComesFirst() {
        Progress progress = Histories.progress(Map.of(
                "plan/week-0/channels", new SkillState(SkillStatus.DONE, AT, "Channels: buffered and unbuffered channels in Go"),
                "zz-renamed/week-1/select", new SkillState(SkillStatus.DONE, AT, "Select: waiting on several channels at once")),
                List.of());
        assertThat(DoctorReport.of(graph, progress).orphans()).extracting(DoctorReport.Orphan::id,
                        o -> o.successor().skill().id(), o -> o.successor().score() == 1.0)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("zz-renamed/week-1/select", "plan/week-1/select", true),
                        org.assertj.core.groups.Tuple.tuple("plan/week-0/channels", "plan/week-1/go-channels", false));
    }

    @Test
    void aSkillThatHasItsOwnEntryIsNeverTheSuccessor() {
        Progress progress = Histories.progress(Map.of(
                "plan/old/select", new SkillState(SkillStatus.DONE, AT, "Select: waiting on several channels at once"),
                "plan/week-1/select", new SkillState(SkillStatus.IN_PROGRESS, AT, "Select: waiting on several channels at once")),
                List.of());
        assertThat(DoctorReport.of(graph, progress).orphans()).singleElement()
                .satisfies(orphan -> assertThat(orphan.successor()).isNull());
    }

    @Test
    void stateDiffListsEveryEntryThatDiffersAndTheHistoryLengths() {
        Progress now = Histories.progress(Map.of("a", new SkillState(SkillStatus.DONE, AT, "A"),
                "b", new SkillState(SkillStatus.SKIPPED, AT, "B")), List.of());
        Progress backup = Histories.progress(Map.of("a", new SkillState(SkillStatus.DONE, AT, "A"),
                "c", new SkillState(SkillStatus.IN_PROGRESS, AT, "C")),
                List.of(Histories.change(AT, "c", SkillStatus.TODO, SkillStatus.IN_PROGRESS)));
        StateDiff.Result diff = StateDiff.of(now, backup);
        assertThat(diff.entries()).containsExactly(new StateDiff.Entry("b", SkillStatus.SKIPPED, null),
                new StateDiff.Entry("c", null, SkillStatus.IN_PROGRESS));
        assertThat(diff.currentHistory()).isEqualTo(now.history().size()).isEqualTo(2);
        assertThat(diff.otherHistory()).isEqualTo(backup.history().size()).isEqualTo(3);
        assertThat(StateDiff.of(backup, backup).same()).isTrue();
    }
}
