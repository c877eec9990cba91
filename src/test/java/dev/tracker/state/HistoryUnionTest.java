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
import java.util.Random;
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

    /**
     * Random pairs of sides (a shared past, each side's own commands, some held by both with other
     * entries, some split in two runs, ids out of time order) merge as the union did before its
     * look-ups were cut ({@link ReferenceHistoryUnion}), with the same counts.
     */
    @Test
    void randomSidesMergeAsTheReplacedUnionMergedThem() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            List<HistoryEntry> shared = commands(random, "s", random.nextInt(30));
            List<HistoryEntry> ours = new ArrayList<>(shared);
            List<HistoryEntry> theirs = new ArrayList<>(shared);
            ours.addAll(commands(random, "o", random.nextInt(30)));
            theirs.addAll(commands(random, "t", random.nextInt(30)));
            if (!shared.isEmpty() && random.nextBoolean()) {
                // a shared command whose entries differ, and one whose entries come in two runs
                HistoryEntry first = shared.get(random.nextInt(shared.size()));
                theirs.add(HistoryEntry.note(first.at(), first.cmd(), "r/extra", "only there"));
                ours.add(random.nextInt(ours.size()), HistoryEntry.seen(first.at(), first.cmd(), "r/seen", 0.9));
            }
            Progress mine = new Progress(ours);
            Progress other = new Progress(theirs);

            HistoryUnion.Result result = HistoryUnion.of(mine, other);

            assertThat(result.merged()).as("seed %d", seed).isEqualTo(ReferenceHistoryUnion.of(mine, other));
            long both = ours.stream().map(HistoryEntry::cmd).distinct()
                    .filter(cmd -> theirs.stream().anyMatch(e -> e.cmd().equals(cmd))).count();
            assertThat(result.both()).isEqualTo((int) both);
            assertThat(result.ours() + result.both()).isEqualTo((int) ours.stream().map(HistoryEntry::cmd).distinct().count());
        }
    }

    /** Commands of one or two entries, their ids in time order except now and then. */
    private static List<HistoryEntry> commands(Random random, String side, int count) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = T1.plusSeconds(random.nextInt(100_000));
            String cmd = CommandId.of(at, side + i);
            String id = "r/" + random.nextInt(10);
            entries.add(HistoryEntry.status(at, cmd, id, SkillStatus.TODO, SkillStatus.DONE, false, id));
            if (random.nextBoolean()) {
                entries.add(HistoryEntry.review(at, cmd, id, "good", 0.9));
            }
        }
        if (random.nextInt(3) > 0) {
            entries.sort(java.util.Comparator.comparing(HistoryEntry::cmd));
        }
        return entries;
    }
}
