package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.state.HistoryEntry;
import dev.tracker.state.StateStore;
import dev.tracker.testing.TrackerRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time a change records is taken under the lock, with its command id: writers that waited
 * their turn record times in the order they wrote, so that `log` (by time) and `undo` (by the
 * order recorded) agree. Before, the time was read before the lock, up to the whole wait earlier.
 */
class ChangeTimeUnderLockTest {
    private static final DateTimeFormatter CMD_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** A clock one second later at every reading: a time read at any other moment than the command id's shows. */
    private static final class SteppingClock extends Clock {
        private final AtomicLong seconds = new AtomicLong(TrackerRunner.NOW.getEpochSecond());

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(seconds.incrementAndGet());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private List<HistoryEntry> history(TrackerRunner tracker) {
        return new StateStore(tracker.stateFile()).load().history();
    }

    @Test
    void everyChangeIsTimedWhenItsCommandIsRecorded() {
        TrackerRunner tracker = new TrackerRunner(dir).roadmap("r.md", "# R\n\n- [ ] alpha\n- [ ] beta\n- [x] gamma\n")
                .clock(new SteppingClock());
        for (String args : new String[] {"check alpha", "start beta", "review alpha --grade easy", "undo", "skip beta"}) {
            assertThat(tracker.run(args.split(" ")).exit()).as(args).isZero();
        }
        List<HistoryEntry> history = history(tracker);
        assertThat(history).hasSizeGreaterThan(5);
        for (HistoryEntry entry : history) {
            assertThat(CMD_TIME.format(entry.at())).as(entry.toString()).isEqualTo(entry.cmd().substring(0, 20));
        }
    }

    @Test
    void writersThatWaitedTheirTurnRecordTimesInTheOrderTheyWrote() throws Exception {
        StringBuilder roadmap = new StringBuilder("# R\n\n");
        int writers = 8;
        for (int i = 0; i < writers; i++) {
            roadmap.append("- [ ] skill").append(i).append('\n');
        }
        TrackerRunner tracker = new TrackerRunner(dir).roadmap("r.md", roadmap.toString()).clock(Clock.systemUTC());
        tracker.ok("start", "skill0"); // the state file and its classes, before the race
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < writers; i++) {
                    String skill = "skill" + i;
                    String verb = round % 2 == 0 ? "check" : "uncheck";
                    runs.add(pool.submit(() -> tracker.run(verb, skill).exit()));
                }
            }
            for (Future<Integer> run : runs) {
                assertThat(run.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        List<HistoryEntry> history = history(tracker);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).at()).as("entry %d of %s", i, history).isAfterOrEqualTo(history.get(i - 1).at());
        }
    }
}
