package dev.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JVM archive's training run exercises the everyday commands, and they all work there. */
class WarmupTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandOfTheTrainingRunSucceedsButTheUnknownSkill() throws IOException {
        List<Integer> exitCodes = Warmup.run(dir);
        assertThat(exitCodes).hasSize(19);
        assertThat(exitCodes.subList(0, 18)).containsOnly(0);
        assertThat(exitCodes.get(18)).as("an unknown skill: not found").isEqualTo(1);
        assertThat(dir.resolve("state.json")).exists();
        assertThat(Files.list(dir.resolve("cache"))).as("roadmap cache written").isNotEmpty();
    }
}
