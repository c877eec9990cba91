package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parsed-roadmap cache: reused only for unchanged files, rebuilt when stale or damaged, never wrong. */
class RoadmapCacheTest {
    @TempDir
    Path tmp;
    private Path folder;
    private RoadmapCache cache;

    @BeforeEach
    void copyTheFixtureRoadmaps() throws IOException {
        folder = Files.createDirectories(tmp.resolve("roadmaps"));
        try (Stream<Path> files = Files.list(TrackerRunner.fixtureRoadmaps())) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Files.write(folder.resolve("damaged.md"), new byte[] {'-', ' ', '[', ' ', ']', ' ', 'a', (byte) 0xC3, '\n'});
        cache = RoadmapCache.in(tmp.resolve("cache"));
    }

    @Test
    void aSecondReadParsesNothingAndGivesEqualRoadmapsAndWarnings() {
        LoadedRoadmaps uncached = RoadmapLoader.read(folder);
        LoadedRoadmaps first = RoadmapLoader.read(folder, cache);
        LoadedRoadmaps second = RoadmapLoader.read(folder, cache);
        assertThat(first.parsed()).isEqualTo(6);
        assertThat(second.parsed()).isZero();
        assertThat(second.roadmaps()).isEqualTo(uncached.roadmaps()).isEqualTo(first.roadmaps());
        assertThat(second.warnings()).isEqualTo(uncached.warnings()).hasSize(1)
                .allSatisfy(w -> assertThat(w).contains("damaged.md", "invalid UTF-8"));
        assertThat(second.roadmaps().stream().mapToInt(r -> r.skills().size()).sum()).isEqualTo(653);
    }

    @Test
    void onlyTheEditedFileIsParsedAgain() throws IOException {
        RoadmapLoader.read(folder, cache);
        Path plan = folder.resolve("go-mastery-plan.md");
        Files.writeString(plan, Files.readString(plan) + "\n## Added\n- [x] A new skill\n");
        LoadedRoadmaps edited = RoadmapLoader.read(folder, cache);
        assertThat(edited.parsed()).isEqualTo(1);
        assertThat(edited.roadmaps()).isEqualTo(RoadmapLoader.read(folder).roadmaps());
        assertThat(edited.roadmaps().stream().flatMap(r -> r.skills().stream()).map(Skill::title))
                .contains("A new skill");
    }

    @Test
    void sameSizeAndTimeButOtherBytesIsCaughtByTheChecksum() throws IOException {
        Path file = Files.writeString(folder.resolve("same.md"), "- [ ] alpha\n");
        FileTime time = Files.getLastModifiedTime(file);
        RoadmapLoader.read(folder, cache);
        Files.writeString(file, "- [x] alpha\n");
        Files.setLastModifiedTime(file, time);
        LoadedRoadmaps again = RoadmapLoader.read(folder, cache);
        assertThat(again.parsed()).isEqualTo(1);
        assertThat(skill(again, "same/alpha").markedStatus()).isEqualTo(SkillStatus.DONE);
    }

    @Test
    void aTouchedFileIsParsedAgain() throws IOException {
        RoadmapLoader.read(folder, cache);
        Path file = folder.resolve("go-mastery-plan.md");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        assertThat(RoadmapLoader.read(folder, cache).parsed()).isEqualTo(1);
        assertThat(RoadmapLoader.read(folder, cache).parsed()).isZero();
    }

    @Test
    void removedAndAddedFilesAreSeen() throws IOException {
        RoadmapLoader.read(folder, cache);
        Files.delete(folder.resolve("damaged.md"));
        Files.writeString(folder.resolve("new.md"), "- [ ] fresh\n");
        LoadedRoadmaps changed = RoadmapLoader.read(folder, cache);
        assertThat(changed.parsed()).isEqualTo(1);
        assertThat(changed.warnings()).isEmpty();
        assertThat(changed.roadmaps()).extracting(Roadmap::id).contains("new").doesNotContain("damaged");
        assertThat(RoadmapLoader.read(folder, cache).roadmaps()).isEqualTo(changed.roadmaps());
    }

    @Test
    void anIdThatChangesBecauseAnotherFileWentAwayIsNotTakenFromTheCache() throws IOException {
        Path ids = Files.createDirectories(tmp.resolve("ids"));
        Files.writeString(ids.resolve("go.markdown"), "- [ ] a\n");
        Files.writeString(ids.resolve("go.md"), "- [ ] b\n");
        assertThat(RoadmapLoader.read(ids, cache).roadmaps()).extracting(Roadmap::id).containsExactly("go", "go-2");
        assertThat(RoadmapLoader.read(ids, cache).roadmaps()).extracting(Roadmap::id).containsExactly("go", "go-2");
        Files.delete(ids.resolve("go.markdown"));
        LoadedRoadmaps after = RoadmapLoader.read(ids, cache);
        assertThat(after.roadmaps().get(0).skills()).extracting(Skill::id).containsExactly("go/b");
    }

    @Test
    void aDamagedCacheIsRebuiltNeverTrusted() throws IOException {
        List<Roadmap> truth = RoadmapLoader.read(folder).roadmaps();
        RoadmapLoader.read(folder, cache);
        Path file = cacheFile();
        byte[] good = Files.readAllBytes(file);
        for (int at : new int[] {0, 5, 40, good.length / 3, good.length / 2, good.length - 5, good.length - 1}) {
            byte[] flipped = good.clone();
            flipped[at] ^= 0x10;
            assertRebuilt(file, flipped, truth);
        }
        assertRebuilt(file, Arrays.copyOf(good, good.length / 2), truth);
        assertRebuilt(file, new byte[0], truth);
        assertRebuilt(file, "not a cache at all".getBytes(), truth);
    }

    @Test
    void anotherLocationsCacheUnderThisName() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("solo.md"), "- [ ] solo\n");
        RoadmapLoader.read(other, cache);
        Path othersCache = cacheFile();
        RoadmapLoader.read(folder, cache);
        try (Stream<Path> files = Files.list(tmp.resolve("cache"))) {
            Path mine = files.filter(f -> !f.equals(othersCache)).findFirst().orElseThrow();
            Files.copy(othersCache, mine, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        LoadedRoadmaps loaded = RoadmapLoader.read(folder, cache);
        assertThat(loaded.parsed()).isEqualTo(6);
        assertThat(loaded.roadmaps()).extracting(Roadmap::id).doesNotContain("solo");
    }

    @Test
    void anUnwritableCacheFolderOnlyCostsSpeed() throws IOException {
        Path blocked = Files.writeString(tmp.resolve("blocked"), "a file where the cache folder would be");
        RoadmapCache unwritable = RoadmapCache.in(blocked.resolve("tracker"));
        assertThat(RoadmapLoader.read(folder, unwritable).parsed()).isEqualTo(6);
        assertThat(RoadmapLoader.read(folder, unwritable).roadmaps()).isEqualTo(RoadmapLoader.read(folder).roadmaps());
    }

    private void assertRebuilt(Path file, byte[] content, List<Roadmap> truth) throws IOException {
        Files.write(file, content);
        LoadedRoadmaps loaded = RoadmapLoader.read(folder, cache);
        assertThat(loaded.parsed()).as("parsed after damage").isEqualTo(6);
        assertThat(loaded.roadmaps()).isEqualTo(truth);
    }

    private Path cacheFile() throws IOException {
        try (Stream<Path> files = Files.list(tmp.resolve("cache"))) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private static Skill skill(LoadedRoadmaps loaded, String id) {
        return loaded.roadmaps().stream().flatMap(r -> r.skills().stream()).filter(s -> s.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no skill " + id));
    }
}
