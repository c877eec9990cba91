package dev.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.HistoryEntry;
import dev.tracker.state.Progress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A roadmap's skills left at the end of each day, walked back from today through the counted status changes. */
class BurndownTest {
    private static final SkillGraph GRAPH = ReportFixtures.graph("plan.md", """
            # Plan
            - [x] alpha
            - [ ] beta
            - [ ] gamma
            - [ ] delta
            """);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static HistoryEntry change(String at, String cmd, String name, SkillStatus from, SkillStatus to) {
        return HistoryEntry.status(Instant.parse(at), cmd, "plan/" + name, from, to, false, name);
    }

    private static Burndown burndown(List<HistoryEntry> history, LocalDate today) {
        Progress progress = new Progress(history);
        Roadmap plan = GRAPH.roadmaps().get(0);
        return Burndown.of(plan, CountedChanges.of(history), Counts.of(plan.skills(), progress).open(), today, BERLIN);
    }

    @Test
    void endsAtWhatIsLeftAndStartsTheDayBeforeTheFirstChange() {
        List<HistoryEntry> history = List.of(
                change("2026-12-01T10:00:00Z", "c1", "beta", SkillStatus.TODO, SkillStatus.DONE),
                change("2026-12-01T23:30:00Z", "c2", "gamma", SkillStatus.TODO, SkillStatus.SKIPPED), // 00:30 in Berlin
                change("2026-12-03T09:00:00Z", "c3", "beta", SkillStatus.DONE, SkillStatus.IN_PROGRESS),
                change("2026-12-03T10:00:00Z", "c4", "delta", SkillStatus.TODO, SkillStatus.DONE));
        assertThat(burndown(history, LocalDate.of(2026, 12, 5)).points()).extracting(p -> p.day() + " " + p.remaining())
                .containsExactly("2026-11-30 3", "2026-12-01 2", "2026-12-02 1", "2026-12-03 1", "2026-12-05 1");
    }

    @Test
    void anUndoneCommandLeavesNoStep() {
        HistoryEntry check = change("2026-12-01T10:00:00Z", "c1", "beta", SkillStatus.TODO, SkillStatus.DONE);
        List<HistoryEntry> history = List.of(check, HistoryEntry.undoOf(Instant.parse("2026-12-01T11:00:00Z"), "u1", check));
        assertThat(burndown(history, LocalDate.of(2026, 12, 2)).points()).isEmpty();
    }

    @Test
    void noStatusChangeGivesNoLine() {
        Burndown none = burndown(List.of(), LocalDate.of(2026, 12, 2));
        assertThat(none.points()).isEmpty();
        assertThat(none.total()).isEqualTo(4);
    }
}
