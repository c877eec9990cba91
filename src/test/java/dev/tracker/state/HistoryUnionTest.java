package dev.tracker.state;

import static dev.tracker.state.StateFixtures.T1;
import static dev.tracker.state.StateFixtures.T2;
import static dev.tracker.state.StateFixtures.T3;
import static dev.tracker.state.StateFixtures.todo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.SkillStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two copies of the state merge by the union of their histories: nothing lost, nothing doubled. */
class HistoryUnionTest {
    private static final Progress BASE = Progress.EMPTY.with(todo("r/base"), SkillStatus.DONE, T1);

    @Test
    void differentSkillsOnEachSideAreBothThereAndTheSharedCommandOnce() {
        Progress ours = BASE.with(todo("r/a"), SkillStatus.DONE, T2);
        Progress theirs = BASE.with(todo("r/b"), SkillStatus.IN_PROGRESS, T3);

        HistoryUnion.Result result = HistoryUnion.of(ours, theirs);

        assertThat(result.merged().history()).containsExactly(BASE.history().get(0), ours.history().get(1),
                theirs.history().get(1));
        assertThat(result.merged().skills()).containsOnlyKeys("r/base", "r/a", "r/b");
        assertThat(result.merged().stateOf("r/b").status()).isEqualTo(SkillStatus.IN_PROGRESS);
        assertThat(List.of(result.both(), result.ours(), result.theirs())).containsExactly(1, 1, 1);
    }

    @Test
    void theSameSkillChangedOnBothSidesTakesTheLaterChangeAndKeepsBoth() {
        Progress ours = BASE.with(todo("r/a"), SkillStatus.SKIPPED, T3);
        Progress theirs = BASE.with(todo("r/a"), SkillStatus.DONE, T2);

        Progress merged = HistoryUnion.of(ours, theirs).merged();
        Progress swapped = HistoryUnion.of(theirs, ours).merged();

        assertThat(merged.stateOf("r/a").status()).as("T3 is later than T2").isEqualTo(SkillStatus.SKIPPED);
        assertThat(merged.history()).hasSize(3).contains(ours.history().get(1), theirs.history().get(1));
        assertThat(swapped.history()).as("which side is ours does not matter").isEqualTo(merged.history());
        assertThat(swapped.skills()).isEqualTo(merged.skills());
    }

    @Test
    void commandsAreOrderedAsTheyWereRecordedWhateverSideTheyCameFrom() {
        Progress ours = BASE;
        Progress theirs = BASE;
        for (int day = 1; day <= 6; day++) {
            Instant at = T1.plus(Duration.ofDays(day));
            if (day % 2 == 0) {
                ours = ours.with(todo("r/s" + day), SkillStatus.DONE, at);
            } else {
                theirs = theirs.with(todo("r/s" + day), SkillStatus.DONE, at);
            }
        }

        Progress merged = HistoryUnion.of(ours, theirs).merged();

        List<String> ids = new ArrayList<>();
        merged.history().forEach(entry -> ids.add(entry.id()));
        assertThat(ids).containsExactly("r/base", "r/s1", "r/s2", "r/s3", "r/s4", "r/s5", "r/s6");
        assertThat(merged.history()).extracting(HistoryEntry::cmd).isSorted();
    }

    @Test
    void mergingACopyWithItselfOrWithItsOwnPastChangesNothing() {
        Progress later = BASE.with(todo("r/a"), SkillStatus.DONE, T2).with(todo("r/b"), SkillStatus.DONE, T3);

        assertThat(HistoryUnion.of(later, later).merged()).isEqualTo(later);
        assertThat(HistoryUnion.of(later, BASE).merged()).isEqualTo(later);
        assertThat(HistoryUnion.of(BASE, later).merged()).isEqualTo(later);
        assertThat(HistoryUnion.of(Progress.EMPTY, later).merged()).isEqualTo(later);
    }

    @Test
    void anUndoOnOneSideRevertsTheSharedCommandInTheUnion() {
        Progress shared = BASE.with(todo("r/a"), SkillStatus.DONE, T2);
        Progress undone = shared.edit(T3).undo(shared.lastCommand().orElseThrow(), T3).done();
        Progress other = shared.with(todo("r/b"), SkillStatus.DONE, T3.plusSeconds(1));

        Progress merged = HistoryUnion.of(undone, other).merged();

        assertThat(merged.skills()).containsOnlyKeys("r/base", "r/b");
        assertThat(merged.history()).hasSize(4);
    }

    @Test
    void aCommandBothSidesHoldWithDifferentEntriesKeepsEachEntryOnce() {
        HistoryEntry a = HistoryEntry.status(T2, "c1", "r/a", SkillStatus.TODO, SkillStatus.DONE, false, "");
        HistoryEntry b = HistoryEntry.status(T2, "c1", "r/b", SkillStatus.TODO, SkillStatus.DONE, false, "");

        Progress merged = HistoryUnion.of(new Progress(List.of(a)), new Progress(List.of(a, b))).merged();

        assertThat(merged.history()).containsExactly(a, b);
    }
}
