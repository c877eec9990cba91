package dev.tracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the config costs a run is mostly the TOML reader's start (issue 14's 5 ms budget): a
 * real JVM per run, its class loading logged. The first run with a config loads the reader;
 * a later one with the file unchanged loads none of it, and one after an edit loads it again.
 */
@Tag("process")
class ConfigReaderLoadTest {
    private static final String TOML_PACKAGE = "com.fasterxml.jackson.dataformat.toml.";

    @TempDir
    Path dir;

    @Test
    void theTomlReaderIsLoadedOnlyWhenTheFileChanged() throws Exception {
        Path roadmaps = Files.createDirectories(dir.resolve("roadmaps"));
        Files.copy(TrackerRunner.fixtureRoadmaps().resolve("go-mastery-plan.md"), roadmaps.resolve("go-mastery-plan.md"));
        Path config = Files.createDirectories(dir.resolve("config/tracker")).resolve("config.toml");
        Files.writeString(config, "roadmaps = [\"" + roadmaps + "\"]\nnext.count = 5\n");

        assertThat(tomlClassesOfAStatus()).as("first run: read with the TOML reader").isNotEmpty();
        assertThat(tomlClassesOfAStatus()).as("unchanged: from the cache").isEmpty();
        Files.writeString(config, "roadmaps = [\"" + roadmaps + "\"]\nnext.count = 6\n");
        assertThat(tomlClassesOfAStatus()).as("edited: read again").isNotEmpty();
        assertThat(tomlClassesOfAStatus()).isEmpty();
    }

    /** The TOML reader's classes one `status` loads. */
    private List<String> tomlClassesOfAStatus() throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                "dev.tracker.app.Main", "status")
                .directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("err.txt").toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("HOME", dir.resolve("home").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        env.put("TRACKER_STATE", dir.resolve("state.json").toString());
        env.put("LANG", "C.UTF-8");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("status finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
        List<String> loaded = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (line.contains(" " + TOML_PACKAGE)) {
                loaded.add(line);
            }
        }
        return loaded;
    }
}
