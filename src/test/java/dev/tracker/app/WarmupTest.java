package dev.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.cli.Commands;
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
        int lines = 0;
        for (Commands command : Commands.values()) {
            lines += command.warmup().length;
        }
        assertThat(exitCodes).hasSize(lines + 2);
        assertThat(exitCodes.stream().filter(code -> code == 1))
                .as("doctor (a folder's mojibake that cannot be repaired is reported) and the unknown skill").hasSize(2);
        assertThat(exitCodes.stream().filter(code -> code != 0 && code != 1)).isEmpty();
        assertThat(dir.resolve("state.json")).exists();
        assertThat(Files.list(dir.resolve("cache"))).as("roadmap cache written").isNotEmpty();
        // a config read with the TOML reader (its classes go into the archive), then from the config cache
        assertThat(Files.list(dir.resolve("cache")).map(file -> file.getFileName().toString()))
                .as("a config read and kept").anyMatch(name -> name.startsWith("config-"));
    }

    @Test
    void everyCommandThatRunsAloneIsTrained() {
        for (Commands command : Commands.values()) {
            if (!command.needsTree()) {
                assertThat(command.warmup()).as(command.commandName()).isNotEmpty()
                        .allSatisfy(line -> assertThat(line).startsWith(command.commandName()));
            }
        }
    }
}
