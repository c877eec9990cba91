package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Roadmap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * cmark's pathological inputs, each the one roadmap beside a good one: it is parsed, or
 * skipped with a warning that names it, within the parse deadline (most in milliseconds; the
 * slowest, 25,000 paragraphs of references, in under 2 s on an idle machine), and the good
 * one loads. Before these checks, Flexmark overflowed its stack on 8 of them and ran for
 * minutes on others.
 */
class PathologicalRoadmapTest {
    @TempDir
    Path folder;

    static Stream<PathologicalInputs.Case> cmarkSet() {
        return PathologicalInputs.cmarkSet().stream();
    }

    static Stream<PathologicalInputs.Case> justWithinTheLimits() {
        return PathologicalInputs.justWithinTheLimits().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cmarkSet")
    void eachIsParsedOrSkippedWithAWarningInBoundedTime(PathologicalInputs.Case input) throws IOException {
        assertLoads(input);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("justWithinTheLimits")
    void whatTheChecksLetThroughFlexmarkFinishesInTime(PathologicalInputs.Case input) throws IOException {
        assertLoads(input);
    }

    private void assertLoads(PathologicalInputs.Case input) throws IOException {
        Files.writeString(folder.resolve("good.md"), "# Good\n- [ ] a\n");
        Path file = Files.write(folder.resolve("pathological.md"), input.input().get().getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        LoadedRoadmaps loaded = RoadmapLoader.read(folder);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).as("time to load").isLessThan(ParseLimits.PARSE_DEADLINE.multipliedBy(ParseWorker.WALL_CLOCK_FACTOR));
        assertThat(loaded.roadmaps()).extracting(Roadmap::file).contains("good.md");
        if (input.outcome().equals(PathologicalInputs.PARSED)) {
            assertThat(loaded.warnings()).as("warnings").isEmpty();
            assertThat(loaded.roadmaps()).extracting(Roadmap::file).containsExactly("good.md", "pathological.md");
        } else {
            assertThat(loaded.warnings()).singleElement().asString()
                    .startsWith("skipped " + file + ": ").contains(input.outcome());
        }
    }
}
