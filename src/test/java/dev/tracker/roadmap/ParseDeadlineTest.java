package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracker.graph.Roadmap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever the parse does on its worker thread comes back as a one-line refusal, in bounded time. */
class ParseDeadlineTest {
    private static final String WORKER = "tracker-roadmap-parser";

    @TempDir
    Path folder;

    /**
     * 50 paragraphs of 9,000 lines each: within every check (a paragraph may have 10,000), yet
     * Flexmark needs 150 ms (JIT warm) to most of a second (cold) for the file.
     */
    private static final String SLOW_BUT_WITHIN_THE_CHECKS = ("x\n".repeat(9_000) + "\n").repeat(50);

    @Test
    void aFileStillParsingAtTheDeadlineIsSkippedAndItsParseStops() throws IOException, InterruptedException {
        Files.writeString(folder.resolve("good.md"), "# Good\n- [ ] a\n");
        // the parser loaded and compiled first, so that the deadline can be short: with the JIT
        // warm from earlier tests, the slow file parses in about 150 ms, within a 300 ms deadline
        assertThat(RoadmapLoader.read(folder, Duration.ofSeconds(60)).roadmaps()).hasSize(1);
        Path slow = Files.writeString(folder.resolve("slow.md"), SLOW_BUT_WITHIN_THE_CHECKS);
        long start = System.nanoTime();
        LoadedRoadmaps loaded = RoadmapLoader.read(folder, Duration.ofMillis(40));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(loaded.roadmaps()).extracting(Roadmap::file).containsExactly("good.md");
        // 40 ms of CPU time, or 120 ms on the clock when other processes keep the CPUs busy
        assertThat(loaded.warnings()).singleElement().asString().startsWith("skipped " + slow + ": still parsing after ")
                .endsWith(", the most a roadmap may take");
        assertThat(workerEndsWithin(Duration.ofSeconds(2))).as("the cancelled parse stopped reading").isTrue();
    }

    @Test
    void theDeadlineIsTheCauseOfItsRefusal() {
        assertThatThrownBy(() -> MarkdownRoadmapParser.parseWithin("slow", "slow.md", SLOW_BUT_WITHIN_THE_CHECKS,
                Duration.ofMillis(20))).isInstanceOf(RoadmapRefused.class).hasCauseInstanceOf(TimeoutException.class);
    }

    @Test
    void theFilesOwnDeadlineIsLastingTheCommandsBudgetIsNot() {
        assertThatThrownBy(() -> MarkdownRoadmapParser.parseWithin("slow", "slow.md", SLOW_BUT_WITHIN_THE_CHECKS,
                Duration.ofSeconds(60), LoadBudget.of(Duration.ofMillis(100))))
                .isInstanceOfSatisfying(RoadmapRefused.class, e -> assertThat(e.lasting()).isFalse())
                .hasMessageContaining("all roadmaps of a command may take together ran out");
        assertThat(new RoadmapRefused("still parsing after 5 s, the most a roadmap may take").lasting()).isTrue();
    }

    @Test
    void aStackOverflowIsARefusalNotACrash() {
        // thrown, not recursed into: filling the 256 MB stack takes seconds
        assertThatThrownBy(() -> ParseWorker.run(cancelled -> {
            throw new StackOverflowError();
        }, Duration.ofSeconds(5)))
                .isInstanceOf(RoadmapRefused.class).hasMessage("nested too deeply to read (the parser ran out of stack)")
                .hasCauseInstanceOf(StackOverflowError.class);
    }

    @Test
    void aBugInTheParseIsARefusalNamingIt() {
        assertThatThrownBy(() -> ParseWorker.run(cancelled -> {
            throw new IndexOutOfBoundsException("Index 1 out of bounds for length 0");
        }, Duration.ofSeconds(5))).isInstanceOf(RoadmapRefused.class)
                .hasMessage("the markdown parser failed on it (java.lang.IndexOutOfBoundsException: Index 1 out of bounds for length 0)");
    }

    @Test
    void aParseReadingThroughCancellableTextStopsOnceCancelled() throws InterruptedException {
        assertThatThrownBy(() -> ParseWorker.run(cancelled -> {
            CancellableText text = new CancellableText("x", cancelled);
            while (true) {
                text.charAt(0); // like a parse that would never end
            }
        }, Duration.ofMillis(100))).isInstanceOf(RoadmapRefused.class);
        assertThat(workerEndsWithin(Duration.ofSeconds(2))).isTrue();
        assertThatThrownBy(() -> new CancellableText("x", new java.util.concurrent.atomic.AtomicBoolean(true)).charAt(0))
                .isInstanceOf(CancellationException.class);
    }

    private static boolean workerEndsWithin(Duration wait) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < end) {
            if (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals(WORKER) && t.isAlive())) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }
}
