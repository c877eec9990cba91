package dev.tracker.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's sample outputs are what the tracker prints: each marked block ({@link ReadmeSamples})
 * is run again on the frozen five roadmaps (or the folder its {@code roadmaps=} names under
 * src/test/resources/readme/roadmaps), after the changes of its {@code state=} fixture
 * (src/test/resources/readme/states/NAME.txt: one {@code TIME ARGS} line a change, and
 * {@code @roadmaps FOLDER} to make them on another folder of roadmaps; {@code none} for no state),
 * at its {@code width=} and time {@code at=}; {@code dir=} names the temporary folder as the sample shows it. On a difference, what the tracker
 * printed is in target/readme-samples/, to paste over the drifted sample.
 */
class ReadmeSamplesTest {
    private static final Path RESOURCES = Path.of("src", "test", "resources", "readme");

    @TempDir
    Path tmp;

    static Stream<ReadmeSamples.Sample> samples() throws IOException {
        return ReadmeSamples.samples(ReadmeFieldTables.lines()).stream();
    }

    @Test
    void everySampleOfTheCommandsIsMarked() throws IOException {
        List<String> lines = ReadmeFieldTables.lines();
        int from = lines.indexOf("## Commands");
        int to = lines.indexOf("## Install");
        assertThat(from).isPositive();
        assertThat(to).isGreaterThan(from);
        assertThat(ReadmeSamples.unmarkedBlocks(lines, from, to)).as("README lines of blocks with neither "
                + "<!-- sample: … --> nor <!-- sample-unchecked: why --> before them").isEmpty();
        assertThat(samples()).hasSizeGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleIsWhatTheTrackerPrints(ReadmeSamples.Sample sample) throws IOException {
        TrackerRunner tracker = runner(sample);
        List<String> printed = new ArrayList<>();
        boolean same = true;
        int exit = 0;
        for (ReadmeSamples.Command command : sample.commands()) {
            List<String> actual;
            if (command.echoExitCode()) {
                actual = List.of(String.valueOf(exit));
            } else {
                TrackerRunner.Run run = tracker.run(command.args().toArray(String[]::new));
                exit = run.exit();
                String text = (run.out() + run.err()).replace(tmp.toAbsolutePath().toString(), sample.options().getOrDefault("dir", "TMP"));
                actual = ReadmeSamples.withoutTrailingBlankLines(
                        text.lines().limit(command.head() < 0 ? Long.MAX_VALUE : command.head()).toList());
            }
            printed.add("$ ./tracker " + String.join(" ", command.args()));
            printed.addAll(actual);
            same &= Elided.matches(ReadmeSamples.withoutTrailingBlankLines(command.expected()), actual);
        }
        Path report = Files.createDirectories(Path.of("target", "readme-samples")).resolve("line-" + sample.line() + ".txt");
        Files.write(report, printed);
        assertThat(same).as("%s drifted; the tracker printed (also in %s):%n%s", sample, report, String.join("\n", printed)).isTrue();
    }

    private TrackerRunner runner(ReadmeSamples.Sample sample) throws IOException {
        TrackerRunner tracker = new TrackerRunner(tmp).styledAsMain().env("LANG", "C.UTF-8")
                .env("COLUMNS", required(sample, "width"));
        String roadmaps = sample.options().get("roadmaps");
        if (roadmaps == null) {
            tracker.useFixtureRoadmaps();
        } else {
            try (Stream<Path> files = Files.list(RESOURCES.resolve("roadmaps").resolve(roadmaps))) {
                for (Path file : files.toList()) {
                    tracker.roadmapBytes(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
        }
        String state = required(sample, "state");
        if (!state.equals("none")) {
            for (String line : Files.readAllLines(RESOURCES.resolve("states").resolve(state + ".txt"))) {
                String[] words = line.strip().split("\\s+");
                if (words[0].equals("@roadmaps")) {
                    tracker.env("TRACKER_ROADMAPS", RESOURCES.resolve("roadmaps").resolve(words[1]).toAbsolutePath().toString());
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    tracker.at(Instant.parse(words[0])).ok(List.of(words).subList(1, words.length).toArray(String[]::new));
                }
            }
            // the sample's own roadmaps again, after changes made on others
            tracker.env("TRACKER_ROADMAPS", (roadmaps == null ? TrackerRunner.fixtureRoadmaps() : tracker.roadmapsDir()).toString());
        }
        return tracker.at(Instant.parse(required(sample, "at")));
    }

    private static String required(ReadmeSamples.Sample sample, String option) {
        String value = sample.options().get(option);
        assertThat(value).as("%s: the marker names no %s=", sample, option).isNotNull();
        return value;
    }
}
