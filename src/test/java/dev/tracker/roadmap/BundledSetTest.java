package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one test that reads the user's own roadmaps/ (the set the jar bundles), and only asks
 * that it parses: every file a roadmap with skills, no warning, the jar's copy the same. What
 * the parser makes of those shapes is pinned on frozen copies (src/test/resources/roadmaps/five),
 * so that the user may edit roadmaps/ without breaking the build.
 */
class BundledSetTest {
    @TempDir
    Path tmp;

    private static List<Path> markdownFiles() throws IOException {
        try (Stream<Path> files = Files.list(TrackerRunner.bundledRoadmapsFolder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void everyFileOfTheBundledSetParsesIntoARoadmapWithSkills() throws IOException {
        List<Path> files = markdownFiles();
        LoadedRoadmaps loaded = RoadmapLoader.read(TrackerRunner.bundledRoadmapsFolder());

        assertThat(files).isNotEmpty();
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.roadmaps()).extracting(Roadmap::file)
                .containsExactlyElementsOf(files.stream().map(f -> f.getFileName().toString()).toList());
        assertThat(loaded.roadmaps()).allSatisfy(r -> assertThat(r.skills()).as(r.file()).isNotEmpty());
        List<String> ids = loaded.roadmaps().stream().flatMap(r -> r.skills().stream()).map(Skill::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void theJarsCopyIsTheFolderAndIsCachedToo() throws IOException {
        RoadmapCache cache = RoadmapCache.in(tmp.resolve("cache"));
        LoadedRoadmaps first = RoadmapLoader.readBundled(cache);
        LoadedRoadmaps second = RoadmapLoader.readBundled(cache);

        assertThat(first.parsed()).isEqualTo(markdownFiles().size());
        assertThat(second.parsed()).isZero();
        assertThat(second.roadmaps()).isEqualTo(RoadmapLoader.readBundled().roadmaps())
                .isEqualTo(RoadmapLoader.read(TrackerRunner.bundledRoadmapsFolder()).roadmaps());
    }
}
