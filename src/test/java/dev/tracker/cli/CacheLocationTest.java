package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the roadmap cache goes, where it never goes, and what an absurd cache file gets. */
class CacheLocationTest {
    @TempDir
    Path tmp;

    @Test
    void underXdgCacheHomeElseHomeDotCache() throws IOException {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp).env("XDG_CACHE_HOME", tmp.resolve("xdg").toString());
        assertThat(tracker.run("status").exit()).isZero();
        assertThat(files(tmp.resolve("xdg/tracker"))).singleElement().asString().contains("roadmaps-");

        TrackerRunner noXdg = FixtureRoadmaps.both(tmp.resolve("second"));
        assertThat(noXdg.run("status").exit()).isZero();
        assertThat(files(tmp.resolve("second/home/.cache/tracker"))).hasSize(1);
    }

    @Test
    void anEmptyOrRelativeHomeOrCacheFolderMeansNoCacheAndNothingInTheWorkingFolder() throws IOException {
        for (String[] env : new String[][] {{"HOME", ""}, {"XDG_CACHE_HOME", "relative/cache"}, {"TRACKER_CACHE", "here"}}) {
            Path dir = Files.createDirectories(tmp.resolve(env[0] + env[1].length()));
            TrackerRunner tracker = FixtureRoadmaps.both(dir).env(env[0], env[1]);
            List<Path> before = files(dir);
            assertThat(tracker.run("status").exit()).isZero();
            assertThat(tracker.run("status").out()).contains("2/7");
            assertThat(files(dir)).as("with %s=%s", env[0], env[1]).isEqualTo(before);
        }
    }

    @Test
    void aCacheFileLargerThanAnyRealOneIsDeletedAndRebuilt() throws IOException {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp).env("TRACKER_CACHE", tmp.resolve("cache").toString());
        assertThat(tracker.run("status").exit()).isZero();
        Path cache = files(tmp.resolve("cache")).get(0);
        try (RandomAccessFile file = new RandomAccessFile(cache.toFile(), "rw")) {
            file.setLength(65L << 20); // sparse: no disk used
        }
        assertThat(tracker.run("status").out()).contains("2/7");
        assertThat(Files.size(cache)).isLessThan(1 << 20);
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
