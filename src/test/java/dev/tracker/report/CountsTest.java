package dev.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.Progress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountsTest {
    @ParameterizedTest(name = "{1} of {0} done, {2} skipped: {3}%")
    @CsvSource({
            "3, 2, 0, 66",
            "3, 1, 0, 33",
            "7, 2, 0, 28",
            "200, 199, 0, 99",
            "374, 24, 0, 6",
            "4, 4, 0, 100",
            "4, 0, 0, 0",
            "4, 1, 2, 50",
            "5, 2, 2, 66",
            "3, 1, 2, 100",
            "3, 0, 3, 100",
            "0, 0, 0, 0"})
    void percentRoundsDownAndSkippedLeaveTheDenominator(int total, int done, int skipped, int percent) {
        assertThat(new Counts(total, done, 0, skipped).percent()).isEqualTo(percent);
    }

    @Test
    void inProgressCountsAsNotDone() {
        assertThat(new Counts(4, 1, 3, 0).percent()).isEqualTo(25);
        assertThat(new Counts(4, 1, 3, 0).open()).isEqualTo(3);
    }

    @Test
    void completeWhenEverySkillIsDoneOrSkipped() {
        assertThat(new Counts(3, 3, 0, 0).complete()).isTrue();
        assertThat(new Counts(3, 1, 0, 2).complete()).isTrue();
        assertThat(new Counts(3, 0, 0, 3).complete()).isTrue();
        assertThat(new Counts(3, 2, 1, 0).complete()).as("one still in progress").isFalse();
        assertThat(new Counts(3, 2, 0, 0).complete()).as("one still todo").isFalse();
        assertThat(new Counts(0, 0, 0, 0).complete()).as("an empty group is never complete").isFalse();
    }

    @Test
    void onlyAFullGroupReachesOneHundredPercent() {
        for (int total = 1; total <= 400; total++) {
            assertThat(new Counts(total, total - 1, 0, 0).percent()).as("%d of %d", total - 1, total).isLessThan(100);
        }
    }

    @Test
    void ofCountsTheMarkdownsMarksUnderTheUsersOverrides() {
        Skill a = skill("r/a", SkillStatus.TODO);
        Skill b = skill("r/b", SkillStatus.DONE);
        Skill c = skill("r/c", SkillStatus.IN_PROGRESS);
        Skill d = skill("r/d", SkillStatus.SKIPPED);
        Skill e = skill("r/e", SkillStatus.TODO);
        Instant at = Instant.parse("2026-11-21T09:00:00Z");
        Progress progress = Progress.EMPTY.with(a, SkillStatus.DONE, at).with(b, SkillStatus.TODO, at);

        assertThat(Counts.of(List.of(a, b, c, d, e), progress)).isEqualTo(new Counts(5, 1, 1, 1));
        assertThat(Counts.of(List.of(a, b, c, d, e), Progress.EMPTY)).isEqualTo(new Counts(5, 1, 1, 1));
        assertThat(Counts.of(List.of(a, b), Progress.EMPTY)).isEqualTo(new Counts(2, 1, 0, 0));
        assertThat(Counts.of(List.of(a, b), progress).done()).isEqualTo(1);
        assertThat(Counts.of(List.of(a), progress).complete()).isTrue();
        assertThat(Counts.of(List.of(), progress)).isEqualTo(new Counts(0, 0, 0, 0));
    }

    private static Skill skill(String id, SkillStatus marked) {
        return new Skill(id, "r", null, null, id, 0, marked, 1);
    }
}
