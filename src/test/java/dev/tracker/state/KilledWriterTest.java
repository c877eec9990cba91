package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a writer at random moments: 50 times in the normal run, 200 in the soak run
 * ({@code mvn test -Dgroups=soak}, which .ci/run runs). The writer appends change n+1 to
 * a history of n, forever ({@link StateWriterProcess#grow}), so the state file may only ever be
 * a link of that chain, byte for byte: after each kill it must be link n, with n at least the
 * links before plus the writes the child reported done, the backup link n-1 (or n, when the
 * kill fell between the two renames), and the next change must work and leave no temp file.
 * Two lanes, each with a state file of its own, run side by side: a child JVM's start-up is
 * most of the time, and there are two cores. Some kills must land mid-write (a temp file left
 * behind), or the run proved nothing.
 */
@Tag(ChildJvm.TAG)
@Timeout(300)
class KilledWriterTest {
    private static final int LANES = 2;
    /** The JUnit tag of the long runs, left out of {@code mvn verify} and run by .ci/run. */
    static final String SOAK = "soak";
    /** A child's first write also loads classes: 50 ms here, more on a busy machine. */
    private static final int MAX_DELAY_IN_FIRST_WRITE_MILLIS = 150;
    /** Later writes take a few milliseconds each. */
    private static final int MAX_DELAY_LATER_MILLIS = 8;

    @TempDir
    Path dir;

    /** What one lane saw. */
    private record Tally(int kills, int changedByChild, int tempFilesLeft, int history) {
    }

    @Test
    void aWriterKilled50TimesAtRandomMomentsLeavesALinkOfTheChainAndTheNextChangeWorks() throws Exception {
        killAndCheck(25);
    }

    @Test
    @Tag(SOAK)
    @Timeout(900)
    void aWriterKilled200TimesAtRandomMomentsLeavesALinkOfTheChainAndTheNextChangeWorks() throws Exception {
        killAndCheck(100);
    }

    private void killAndCheck(int killsPerLane) throws Exception {
        long seed = System.nanoTime();
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<Tally>> running = Stream.iterate(0, i -> i + 1).limit(LANES)
                    .map(lane -> lanes.submit(() -> killRepeatedly(Files.createDirectory(dir.resolve("lane-" + lane)),
                            killsPerLane, new Random(seed + lane), "lane " + lane + ", seed " + seed)))
                    .collect(Collectors.toList());
            int kills = 0;
            int changed = 0;
            int temps = 0;
            int history = 0;
            for (Future<Tally> lane : running) {
                Tally tally = lane.get();
                kills += tally.kills();
                changed += tally.changedByChild();
                temps += tally.tempFilesLeft();
                history += tally.history();
            }
            System.out.printf("KilledWriterTest: %d kills, %d states verified (%d changed by the killed writer, "
                    + "%d with temp files left, swept by the next change), %d changes in the histories%n",
                    kills, kills, changed, temps, history);
            assertThat(temps).as("kills that landed mid-write, leaving a temp file (seed %d)", seed).isPositive();
            assertThat(changed).as("kills after which the killed writer's changes were found (seed %d)", seed)
                    .isPositive();
        } finally {
            lanes.shutdownNow();
        }
    }

    private Tally killRepeatedly(Path laneDir, int kills, Random random, String lane) throws Exception {
        Path state = laneDir.resolve("state.json");
        StateStore store = new StateStore(state);
        GrowChain chain = new GrowChain();
        int changedByChild = 0;
        int tempFilesLeft = 0;
        for (int kill = 1; kill <= kills; kill++) {
            // a quarter of the kills at any moment of the first write, the rest after 1 to 3 writes:
            // paced by the child's own "wrote" lines, so a slow machine shifts nothing; every third
            // kill is aimed: it falls as soon as a temp file shows that a write is under way
            int writes = random.nextInt(4);
            boolean aimed = kill % 3 == 0;
            ChildJvm child = ChildJvm.start("grow", state.toString());
            try {
                child.awaitReady();
                for (int i = 0; i < writes; i++) {
                    child.awaitLine("wrote");
                }
                if (aimed) {
                    awaitTempFile(laneDir);
                } else {
                    Thread.sleep(random.nextInt(writes == 0 ? MAX_DELAY_IN_FIRST_WRITE_MILLIS : MAX_DELAY_LATER_MILLIS));
                }
            } finally {
                child.kill();
            }
            String context = "kill " + kill + " (" + lane + ")";

            int before = chain.link().history().size();
            Progress found = store.load();
            assertThat(found.history().size()).as(context + ": every write the child reported done, kept")
                    .isGreaterThanOrEqualTo(before + writes);
            chain.advanceTo(found.history().size());
            assertThat(found).as(context).isEqualTo(chain.link());
            assertThat(text(state)).as(context).isEqualTo(chain.text());
            assertThat(text(store.backupFile())).as(context + ": the backup").isIn(chain.previousText(), chain.text());
            changedByChild += found.history().size() > before ? 1 : 0;
            tempFilesLeft += tempFiles(laneDir).isEmpty() ? 0 : 1;

            Progress next = store.update(StateWriterProcess::grow);
            chain.advanceTo(next.history().size());
            assertThat(next).as(context + ": the next change").isEqualTo(chain.link());
            assertThat(text(state)).isEqualTo(chain.text());
            assertThat(text(store.backupFile())).isEqualTo(chain.previousText());
            assertThat(tempFiles(laneDir)).as(context + ": temp files after the next change").isEmpty();
        }
        return new Tally(kills, changedByChild, tempFilesLeft, chain.link().history().size());
    }

    /** Spins (a write takes milliseconds) until the folder holds a temp file, for 10 s at most. */
    private static void awaitTempFile(Path folder) throws IOException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (tempFiles(folder).isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private static String text(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : null;
    }

    private static List<String> tempFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".tmp")).collect(Collectors.toList());
        }
    }

    /** The links of the grow chain, walked one by one; the one before is kept for the backup. */
    private static final class GrowChain {
        private Progress link = Progress.EMPTY;
        private Progress previous = Progress.EMPTY;

        void advanceTo(int n) {
            while (link.history().size() < n) {
                previous = link;
                link = StateWriterProcess.grow(link);
            }
        }

        Progress link() {
            return link;
        }

        /** The state file's text at this link; none before the first change. */
        String text() {
            return textOf(link);
        }

        String previousText() {
            return textOf(previous);
        }

        private static String textOf(Progress progress) {
            return progress.equals(Progress.EMPTY) ? null : StateJsonWriter.write(progress);
        }
    }
}
