package dev.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM archive's training run exercises the everyday commands, and they all work there. It
 * runs in {@code dir}, whose {@code roadmaps/} then wins over the bundled set: a copy of the
 * frozen five, so that an edit of the user's roadmaps/ cannot break this test.
 */
class WarmupTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandOfTheTrainingRunSucceedsButDoctorAndTheUnknownSkill() throws IOException {
        Path roadmaps = Files.createDirectory(dir.resolve("roadmaps"));
        try (Stream<Path> files = Files.list(TrackerRunner.fixtureRoadmaps())) {
            for (Path file : files.toList()) {
                Files.copy(file, roadmaps.resolve(file.getFileName()));
            }
        }
        List<Integer> exitCodes = Warmup.run(dir);
        assertThat(exitCodes).hasSize(19);
        assertThat(exitCodes.subList(0, 16)).containsOnly(0);
        assertThat(exitCodes.get(16)).as("doctor: a folder's mojibake that cannot be repaired is reported").isEqualTo(1);
        assertThat(exitCodes.get(17)).as("--help").isZero();
        assertThat(exitCodes.get(18)).as("an unknown skill: not found").isEqualTo(1);
        assertThat(dir.resolve("state.json")).exists();
        assertThat(Files.list(dir.resolve("cache"))).as("roadmap cache written").isNotEmpty();
    }
}
