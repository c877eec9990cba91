package dev.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracker.graph.SkillStatus;
import dev.tracker.state.HistoryEntry;
import dev.tracker.state.Progress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import dev.tracker.testing.Histories;
import org.junit.jupiter.api.Test;

class LogReportTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    private static HistoryEntry entry(String at, String id) {
        return Histories.change(Instant.parse(at), id, SkillStatus.TODO, SkillStatus.DONE);
    }

    private static final HistoryEntry NOV_20 = entry("2026-11-20T23:59:59Z", "r/a");
    private static final HistoryEntry NOV_21 = entry("2026-11-21T00:00:00Z", "r/b");
    private static final HistoryEntry NOV_22 = entry("2026-11-22T12:00:00Z", "r/c");
    private static final HistoryEntry NOV_22_TOO = entry("2026-11-22T12:00:00Z", "r/d");

    private static Progress history(HistoryEntry... entries) {
        return new Progress(List.of(entries));
    }

    private static List<String> ids(LogReport.Result result) {
        return result.entries().stream().map(HistoryEntry::id).toList();
    }

    @Test
    void newestFirst() {
        assertThat(ids(LogReport.of(history(NOV_20, NOV_21, NOV_22), null, UTC, 0))).containsExactly("r/c", "r/b", "r/a");
    }

    @Test
    void aHistoryOutOfTimeOrderStillReadsNewestFirstAndTiesKeepTheLaterMadeFirst() {
        LogReport.Result result = LogReport.of(history(NOV_22, NOV_20, NOV_22_TOO, NOV_21), null, UTC, 0);

        assertThat(ids(result)).containsExactly("r/d", "r/c", "r/b", "r/a");
    }

    @Test
    void sinceStartsAtMidnightOfThatDayInTheZone() {
        Progress progress = history(NOV_20, NOV_21, NOV_22);

        LogReport.Result result = LogReport.of(progress, LocalDate.of(2026, 11, 21), UTC, 0);

        assertThat(ids(result)).containsExactly("r/c", "r/b");
        assertThat(result.matched()).isEqualTo(2);
        assertThat(result.total()).isEqualTo(3);
        assertThat(ids(LogReport.of(progress, LocalDate.of(2026, 11, 21), ZoneId.of("America/New_York"), 0)))
                .as("midnight in New York is 05:00 UTC").containsExactly("r/c");
    }

    @Test
    void theLimitKeepsTheNewestAfterTheDate() {
        LogReport.Result result = LogReport.of(history(NOV_20, NOV_21, NOV_22), LocalDate.of(2026, 11, 1), UTC, 2);

        assertThat(ids(result)).containsExactly("r/c", "r/b");
        assertThat(result.matched()).isEqualTo(3);
    }

    @Test
    void nothingSinceAFutureDayAndNothingInAnEmptyHistory() {
        assertThat(LogReport.of(history(NOV_20), LocalDate.of(2099, 1, 1), UTC, 0).entries()).isEmpty();
        assertThat(LogReport.of(Progress.EMPTY, null, UTC, 5).total()).isZero();
    }

    @Test
    void undoEntriesAreLoggedLikeAnyChange() {
        HistoryEntry undo = HistoryEntry.undoOf(Instant.parse("2026-11-23T08:00:00Z"), "test-undo", NOV_22);

        assertThat(LogReport.of(history(NOV_22, undo), null, UTC, 0).entries()).containsExactly(undo, NOV_22);
    }

    @Test
    void aNegativeLimitIsABug() {
        assertThatThrownBy(() -> LogReport.of(Progress.EMPTY, null, UTC, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
