package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A command's entries continue the replay of the history before them (Replay#then) where that
 * gives what replaying the whole history gives, and only there: over histories of every kind of
 * entry, with --at backdating, undo and reattach, the progress each command gives is the one its
 * whole history gives.
 */
class IncrementalReplayTest {
    @Test
    void everyCommandGivesWhatItsWholeHistoryReplayedGives() {
        int continued = 0;
        int replayed = 0;
        for (long seed = 1; seed <= 60; seed++) {
            List<Progress> steps = new RandomCommands(seed).run(80);
            for (int i = 1; i < steps.size(); i++) {
                Progress before = steps.get(i - 1);
                Progress after = steps.get(i);
                assertSame(after, new Progress(after.history()), "seed " + seed + ", command " + i);
                List<HistoryEntry> appended = after.history().subList(before.history().size(), after.history().size());
                if (Replay.of(before.history()).then(appended) != null) {
                    continued++;
                } else {
                    replayed++;
                }
            }
        }
        // both ways were taken, many times: the property says something about each
        assertThat(continued).isGreaterThan(1000);
        assertThat(replayed).isGreaterThan(300);
    }

    @Test
    void aContinuedReplayLeavesTheOneItContinuesAsItWas() {
        List<Progress> steps = new RandomCommands(7).run(200);
        for (int i = 1; i < steps.size(); i++) {
            Progress before = steps.get(i - 1);
            Progress whole = new Progress(before.history());
            assertSame(before, whole, "command " + i + ", after the next one");
        }
    }

    @Test
    void entriesTimedBeforeTheLatestOrUndoingAreReplayedWhole() {
        List<Progress> steps = new RandomCommands(3).run(300);
        for (int i = 1; i < steps.size(); i++) {
            List<HistoryEntry> history = steps.get(i).history();
            List<HistoryEntry> before = steps.get(i - 1).history();
            List<HistoryEntry> appended = history.subList(before.size(), history.size());
            boolean backdated = appended.stream().anyMatch(e -> before.stream().anyMatch(b -> e.at().isBefore(b.at())));
            boolean undoes = appended.stream().anyMatch(HistoryEntry::undo);
            if (backdated || undoes) {
                assertThat(Replay.of(before).then(appended)).as("command " + i).isNull();
            }
        }
    }

    static void assertSame(Progress actual, Progress expected, String where) {
        assertThat(actual.skills()).as(where + ": statuses").isEqualTo(expected.skills());
        assertThat(actual.ids()).as(where + ": ids").isEqualTo(expected.ids());
        Set<String> ids = new HashSet<>(expected.ids());
        ids.addAll(actual.ids());
        for (String id : ids) {
            assertThat(actual.reviewsOf(id)).as(where + ": reviews of " + id).isEqualTo(expected.reviewsOf(id));
            assertThat(actual.notesOf(id)).as(where + ": notes of " + id).isEqualTo(expected.notesOf(id));
        }
    }
}
