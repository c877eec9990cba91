package dev.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.cli.Commands;
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
        int lines = 0;
        for (Commands command : Commands.values()) {
            lines += command.warmup().length;
        }
        assertThat(exitCodes).hasSize(lines + 2);
        assertThat(exitCodes.stream().filter(code -> code == 1)).as("only the unknown skill: not found").hasSize(1);
        assertThat(exitCodes.stream().filter(code -> code != 0 && code != 1)).isEmpty();
        assertThat(dir.resolve("state.json")).exists();
        assertThat(Files.list(dir.resolve("cache"))).as("roadmap cache written").isNotEmpty();
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
