package dev.tracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A config read before is taken from the cache only while the file holds the very bytes it
 * was read from: any change, even one that keeps the size and the time, reads the file again.
 */
class ConfigCacheTest {
    private static final String EVERY_KEY = """
            # mine
            roadmaps = ["~/notes", "/srv/plan.md"]
            recursive = true
            state = "~/dotfiles/state.json"
            color = "never"
            ascii = true
            write-marks = true
            week-start = "Sunday"
            [next]
            count = 8   # a comment
            [review]
            retention = 0.85
            """;

    @TempDir
    Path dir;

    private Path config(String toml) throws IOException {
        Path file = dir.resolve("config.toml");
        Files.writeString(file, toml);
        return file;
    }

    private ConfigCache cache() {
        return ConfigCache.in(dir.resolve("cache"));
    }

    @Test
    void everyKeyComesBackFromTheCacheAsTheFileGaveIt() throws IOException {
        Path file = config(EVERY_KEY);
        Config read = ConfigFile.read(file, cache());
        assertThat(cache().fileFor(file)).as("kept after a read").exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache().fileFor(file))))
                .as("readable by you alone").isEqualTo("rw-------");
        Config cached = cache().read(file, Files.readAllBytes(file));
        assertThat(cached).isNotNull();
        assertThat(cached.values()).isEqualTo(read.values()).hasSize(ConfigKey.values().length);
        assertThat(cached.lines()).isEqualTo(read.lines());
        assertThat(cached.file()).isEqualTo(file);
        assertThat(cached.get(ConfigKey.ROADMAPS)).isEqualTo(List.of("~/notes", "/srv/plan.md"));
        assertThat(cached.get(ConfigKey.NEXT_COUNT)).isEqualTo(8);
        assertThat(cached.get(ConfigKey.REVIEW_RETENTION)).isEqualTo(0.85);
        assertThat(cached.source(ConfigKey.NEXT_COUNT)).isEqualTo("config " + file + ":10");
        assertThat(ConfigFile.read(file, cache())).isEqualTo(read);
    }

    @Test
    void aFileChangedKeepingItsSizeAndTimeIsReadAgain() throws IOException {
        Path file = config("color = \"never\"\nascii = true\n");
        FileTime time = Files.getLastModifiedTime(file);
        assertThat(ConfigFile.read(file, cache()).get(ConfigKey.COLOR)).isEqualTo("never");
        Files.writeString(file, "color = \"auto\" \nascii = true\n");
        Files.setLastModifiedTime(file, time);
        assertThat(cache().read(file, Files.readAllBytes(file))).as("other bytes: no cached config").isNull();
        assertThat(ConfigFile.read(file, cache()).get(ConfigKey.COLOR)).isEqualTo("auto");
        assertThat(ConfigFile.read(file, cache()).get(ConfigKey.COLOR)).as("and that one is kept now").isEqualTo("auto");
        assertThat(cache().read(file, Files.readAllBytes(file))).isNotNull();
    }

    @Test
    void aFaultAfterAGoodConfigIsStillAFault() throws IOException {
        Path file = config("color = \"never\"\n");
        ConfigFile.read(file, cache());
        Files.writeString(file, "color = \"purple\"\n");
        assertThatThrownBy(() -> ConfigFile.read(file, cache())).isInstanceOf(TrackerException.class)
                .hasMessageContaining(file + ":1: 'color' wants auto, always or never, not \"purple\"");
        Files.writeString(file, "color = \"never\"\n");
        assertThat(ConfigFile.read(file, cache()).get(ConfigKey.COLOR)).isEqualTo("never");
    }

    @Test
    void aDamagedCacheOrOneOfAnotherFileIsNotUsed() throws IOException {
        Path file = config(EVERY_KEY);
        Config read = ConfigFile.read(file, cache());
        Path kept = cache().fileFor(file);
        byte[] bytes = Files.readAllBytes(kept);
        bytes[bytes.length - 10] ^= 1; // inside the last value
        Files.write(kept, bytes);
        assertThat(cache().read(file, Files.readAllBytes(file))).as("damaged").isNull();
        assertThat(ConfigFile.read(file, cache())).isEqualTo(read);

        Path other = dir.resolve("other.toml");
        Files.copy(file, other);
        Files.copy(cache().fileFor(file), cache().fileFor(other), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(cache().read(other, Files.readAllBytes(other))).as("kept for another path").isNull();
        Files.writeString(kept, "");
        assertThat(cache().read(file, Files.readAllBytes(file))).as("empty").isNull();
    }

    @Test
    void settingsKeepTheConfigInTheCacheFolderUnlessCachesAreOff() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path file = Files.createDirectories(home.resolve(".config/tracker")).resolve("config.toml");
        Files.writeString(file, "color = \"never\"\n");
        Map<String, String> env = Map.of("HOME", home.toString(), "TRACKER_CACHE", "off");
        Settings off = new Settings(env, dir, Settings.Flags.NONE);
        assertThat(off.cacheFolder()).isNull();
        assertThat(off.color().value()).isEqualTo("never");
        assertThat(home.resolve(".cache")).doesNotExist();

        Settings on = new Settings(Map.of("HOME", home.toString()), dir, Settings.Flags.NONE);
        assertThat(on.cacheFolder()).isEqualTo(home.resolve(".cache/tracker"));
        assertThat(on.color().value()).isEqualTo("never");
        assertThat(ConfigCache.in(on.cacheFolder()).fileFor(file)).exists();
        assertThat(new Settings(Map.of("HOME", ""), dir, Settings.Flags.NONE).cacheFolder())
                .as("no cache in the current folder").isNull();
    }
}
