package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real-world roadmaps kept in ../shared/corpus (not part of the project): each file, loaded
 * alone, must give the figures its MANIFEST.json expects. Skipped where the folder is absent.
 */
class CorpusTest {
    /** One MANIFEST.json entry: the file and the figures {@code tracker status} must report. */
    record Entry(String file, int total, int done, int inProgress, int skipped) {
    }

    @TempDir
    Path temp;

    /** The corpus folder; skips the calling test, saying so, where it is absent (a user's fresh clone). */
    private static Path corpus() {
        Path corpus = Path.of(System.getProperty("tracker.sharedCorpus", "../shared/corpus"));
        Assumptions.assumeTrue(Files.isRegularFile(corpus.resolve("MANIFEST.json")),
                "../shared/corpus is absent: corpus figures not checked");
        return corpus;
    }

    /** A plain test, so that a missing corpus shows as one skipped test (surefire hides skipped factories). */
    @Test
    void manifestNamesCorpusFilesThatExist() throws IOException {
        Path corpus = corpus();
        List<Entry> entries = readManifest(corpus.resolve("MANIFEST.json"));
        assertThat(entries).isNotEmpty().allSatisfy(entry -> assertThat(corpus.resolve(entry.file())).isRegularFile());
    }

    @TestFactory
    Stream<DynamicTest> eachCorpusFileGivesItsExpectedFigures() throws IOException {
        Path corpus = corpus();
        List<Entry> entries = readManifest(corpus.resolve("MANIFEST.json"));
        return entries.stream().map(entry -> DynamicTest.dynamicTest(entry.file(), () -> {
            Path folder = Files.createDirectories(temp.resolve(entry.file() + ".d"));
            Files.copy(corpus.resolve(entry.file()), folder.resolve(entry.file()));
            List<Roadmap> loaded = RoadmapLoader.load(folder);
            assertThat(loaded).hasSize(1);
            List<Skill> skills = loaded.get(0).skills();
            assertThat(tuple(skills.size(), count(skills, SkillStatus.DONE), count(skills, SkillStatus.IN_PROGRESS),
                    count(skills, SkillStatus.SKIPPED)))
                    .as("%s (total, done, inProgress, skipped)", entry.file())
                    .isEqualTo(tuple(entry.total(), entry.done(), entry.inProgress(), entry.skipped()));
        }));
    }

    private static int count(List<Skill> skills, SkillStatus status) {
        return (int) skills.stream().filter(s -> s.markedStatus() == status).count();
    }

    /** Reads "file" and "expected" of each entry with Jackson's streaming parser (databind is not on the classpath). */
    static List<Entry> readManifest(Path manifest) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (JsonParser json = new JsonFactory().createParser(manifest.toFile())) {
            expect(json.nextToken(), JsonToken.START_ARRAY, manifest);
            while (json.nextToken() == JsonToken.START_OBJECT) {
                String file = null;
                int[] figures = {-1, -1, -1, -1};
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String name = json.currentName();
                    json.nextToken();
                    if (name.equals("file")) {
                        file = json.getText();
                    } else if (name.equals("expected")) {
                        readExpected(json, figures);
                    } else {
                        json.skipChildren();
                    }
                }
                if (file == null || figures[0] < 0) {
                    throw new IOException(manifest + ": an entry lacks \"file\" or \"expected.total\"");
                }
                entries.add(new Entry(file, figures[0], Math.max(figures[1], 0), Math.max(figures[2], 0), Math.max(figures[3], 0)));
            }
        }
        return entries;
    }

    private static void readExpected(JsonParser json, int[] figures) throws IOException {
        List<String> names = List.of("total", "done", "inProgress", "skipped");
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            int slot = names.indexOf(json.currentName());
            json.nextToken();
            if (slot >= 0) {
                figures[slot] = json.getIntValue();
            } else {
                json.skipChildren();
            }
        }
    }

    private static void expect(JsonToken actual, JsonToken wanted, Path manifest) throws IOException {
        if (actual != wanted) {
            throw new IOException(manifest + ": expected " + wanted + " but found " + actual);
        }
    }
}
