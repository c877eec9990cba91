package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A roadmap file is written only while it holds the bytes the loader read. */
class MarkFileWriterTest {
    @TempDir
    Path tmp;

    private LoadedRoadmaps load(String text) throws IOException {
        Files.writeString(tmp.resolve("p.md"), text);
        return RoadmapLoader.read(tmp);
    }

    private static List<MarkChange> checkFirst(LoadedRoadmaps loaded) {
        Roadmap roadmap = loaded.roadmaps().get(0);
        return List.of(new MarkChange(roadmap.skills().get(0), SkillStatus.DONE));
    }

    @Test
    void writesTheMarkAndKeepsTheOldFileAsItsBackup() throws IOException {
        LoadedRoadmaps loaded = load("# P\n\n- [ ] One\n");

        MarkFileWriter.write(loaded.files().get(0), checkFirst(loaded), false);

        assertThat(tmp.resolve("p.md")).hasContent("# P\n\n- [x] One\n");
        assertThat(tmp.resolve("p.md.bak")).hasContent("# P\n\n- [ ] One\n");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("p.md", "p.md.bak");
        }
    }

    @Test
    void aFileEditedSinceItWasReadIsRefusedAndLeftAsItIs() throws IOException {
        LoadedRoadmaps loaded = load("# P\n\n- [ ] One\n");
        Files.writeString(tmp.resolve("p.md"), "# P\n\n- [ ] Two\n"); // same size, other bytes

        assertThatThrownBy(() -> MarkFileWriter.write(loaded.files().get(0), checkFirst(loaded), false))
                .isInstanceOf(TrackerException.class).hasMessageContaining("changed since it was read; nothing was written")
                .satisfies(e -> assertThat(((TrackerException) e).exitCode()).isEqualTo(ExitCode.BUSY));
        assertThat(tmp.resolve("p.md")).hasContent("# P\n\n- [ ] Two\n");
        assertThat(tmp.resolve("p.md.bak")).doesNotExist();
    }

    @Test
    void aFileTouchedSinceItWasReadIsRefusedToo() throws IOException {
        LoadedRoadmaps loaded = load("# P\n\n- [ ] One\n");
        Files.setLastModifiedTime(tmp.resolve("p.md"), FileTime.fromMillis(1_000_000));

        assertThatThrownBy(() -> MarkFileWriter.write(loaded.files().get(0), checkFirst(loaded), false))
                .hasMessageContaining("changed since it was read");
        assertThat(tmp.resolve("p.md")).hasContent("# P\n\n- [ ] One\n");
    }

    @Test
    void aDryRunGivesTheDiffAndWritesNothing() throws IOException {
        LoadedRoadmaps loaded = load("# P\n\n- [ ] One\n");

        MarkFileWriter.Outcome outcome = MarkFileWriter.write(loaded.files().get(0), checkFirst(loaded), true);

        assertThat(outcome.diff()).contains("-- [ ] One\n+- [x] One\n");
        assertThat(tmp.resolve("p.md")).hasContent("# P\n\n- [ ] One\n");
        assertThat(tmp.resolve("p.md.bak")).doesNotExist();
    }
}
