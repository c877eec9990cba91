package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.roadmap.RoadmapLoader;
import dev.tracker.state.Progress;
import dev.tracker.state.ProgressEdit;
import dev.tracker.state.StateStore;
import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of write-marks: afterwards the roadmaps alone, with an empty state file, give the
 * same skills (ids, count) and the same statuses as the roadmaps and the state gave before,
 * and only the lines of changed marks differ. On the five frozen roadmaps and ../shared/corpus.
 */
class WriteMarksInvariantTest {
    @TempDir
    Path tmp;

    @Test
    void theFiveFrozenRoadmaps() throws IOException {
        holdsFor(TrackerRunner.fixtureRoadmaps());
    }

    @Test
    void theSharedCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("tracker.sharedCorpus", "../shared/corpus"));
        Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared/corpus is absent: write-marks invariant not checked on it");
        holdsFor(corpus);
    }

    private void holdsFor(Path source) throws IOException {
        TrackerRunner tracker = new TrackerRunner(tmp);
        Files.createDirectories(tracker.roadmapsDir());
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Files.write(tracker.roadmapsDir().resolve(file.getFileName()), Files.readAllBytes(file)); // not its mode: shared/ is read-only
            }
        }
        SkillGraph graph = new SkillGraph(RoadmapLoader.load(tracker.roadmapsDir()));
        Map<Path, byte[]> before = contents(tracker.roadmapsDir());
        Progress progress = new StateStore(tracker.stateFile()).update(p -> everyStatusInTurn(p, graph));
        Map<String, SkillStatus> expected = statuses(graph, progress);
        assertThat(progress.skills()).hasSizeGreaterThan(graph.skills().size() / 4);

        TrackerRunner.Run run = tracker.run("write-marks");

        assertThat(run.exit()).as(run.toString()).isZero();
        SkillGraph after = new SkillGraph(RoadmapLoader.load(tracker.roadmapsDir()));
        assertThat(statuses(after, Progress.EMPTY)).as("the marks alone").containsExactlyEntriesOf(expected);
        assertThat(statuses(after, new StateStore(tracker.stateFile()).load())).as("with the state").containsExactlyEntriesOf(expected);
        for (Roadmap roadmap : graph.roadmaps()) {
            byte[] old = before.get(tracker.roadmapsDir().resolve(roadmap.file()));
            byte[] now = Files.readAllBytes(tracker.roadmapsDir().resolve(roadmap.file()));
            List<Integer> changedLines = roadmap.skills().stream().filter(s -> s.markedStatus() != expected.get(s.id()))
                    .map(Skill::line).toList();
            assertThat(differingLines(old, now)).as(roadmap.file()).containsExactlyElementsOf(changedLines);
            if (roadmap.plain()) {
                assertThat(now).as(roadmap.file() + ", a plan of plain bullets").isEqualTo(old);
            }
        }
    }

    /** Every third skill of the marked roadmaps gets the next status in turn: all four, each from every mark. */
    private static Progress everyStatusInTurn(Progress progress, SkillGraph graph) {
        ProgressEdit edit = progress.edit(TrackerRunner.NOW);
        SkillStatus[] statuses = SkillStatus.values();
        int i = 0;
        for (Roadmap roadmap : graph.roadmaps()) {
            for (Skill skill : roadmap.plain() ? List.<Skill>of() : roadmap.skills()) {
                if (i++ % 3 != 0) {
                    edit.status(skill, statuses[(i / 3 + skill.markedStatus().ordinal() + 1) % 4], TrackerRunner.NOW);
                }
            }
        }
        return edit.done();
    }

    private static Map<String, SkillStatus> statuses(SkillGraph graph, Progress progress) {
        Map<String, SkillStatus> statuses = new LinkedHashMap<>();
        graph.skills().forEach(skill -> statuses.put(skill.id(), progress.statusOf(skill)));
        return statuses;
    }

    private static Map<Path, byte[]> contents(Path folder) throws IOException {
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                contents.put(file, Files.readAllBytes(file));
            }
        }
        return contents;
    }

    /** The 1-based numbers of the lines (split at "\n") that differ; the line count must not change. */
    private static List<Integer> differingLines(byte[] old, byte[] now) {
        String[] a = new String(old, StandardCharsets.ISO_8859_1).split("\n", -1);
        String[] b = new String(now, StandardCharsets.ISO_8859_1).split("\n", -1);
        assertThat(b).hasSameSizeAs(a);
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                lines.add(i + 1);
            }
        }
        return lines;
    }
}
