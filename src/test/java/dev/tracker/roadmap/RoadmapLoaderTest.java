package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a folder (or one file) of roadmaps from disk. */
class RoadmapLoaderTest {
    @TempDir
    Path folder;

    @Test
    void loadsMarkdownFilesOfAFolderInNameOrder() throws IOException {
        Files.writeString(folder.resolve("b-plan.md"), "# B\n- [ ] b\n");
        Files.writeString(folder.resolve("a-plan.markdown"), "# A\n- [ ] a\n");
        Files.writeString(folder.resolve("notes.txt"), "- [ ] not a roadmap\n");
        Files.writeString(folder.resolve(".hidden.md"), "- [ ] hidden\n");
        List<Roadmap> roadmaps = RoadmapLoader.load(folder);
        assertThat(roadmaps).extracting(Roadmap::id, Roadmap::title)
                .containsExactly(tuple("a-plan", "A"),
                        tuple("b-plan", "B"));
    }

    @Test
    void roadmapsWithTheSameIdGetANumber() throws IOException {
        Files.writeString(folder.resolve("go.markdown"), "- [ ] a\n");
        Files.writeString(folder.resolve("go.md"), "- [ ] b\n");
        List<Roadmap> roadmaps = RoadmapLoader.load(folder);
        assertThat(roadmaps).extracting(Roadmap::id).containsExactly("go", "go-2");
        assertThat(roadmaps.get(1).skills()).extracting(s -> s.id()).containsExactly("go-2/b");
    }

    @Test
    void loadsASingleFile() throws IOException {
        Path file = Files.writeString(folder.resolve("solo.md"), "# Solo\n- [x] done\n");
        assertThat(RoadmapLoader.load(file)).extracting(Roadmap::title).containsExactly("Solo");
    }

    @Test
    void byteOrderMarkOnDiskIsIgnored() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "# With BOM\n- [x] Pointers\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        Files.write(folder.resolve("bom.md"), bytes);
        Roadmap roadmap = RoadmapLoader.load(folder).get(0);
        assertThat(roadmap.title()).isEqualTo("With BOM");
        assertThat(roadmap.skills()).extracting(s -> s.title()).containsExactly("Pointers");
    }

    @Test
    void missingFolderIsNoInput() {
        assertThatThrownBy(() -> RoadmapLoader.load(folder.resolve("absent")))
                .isInstanceOf(TrackerException.class)
                .hasMessageContaining("absent")
                .extracting(e -> ((TrackerException) e).exitCode()).isEqualTo(ExitCode.NO_INPUT);
    }

    @Test
    void folderWithoutRoadmapsIsNoInput() throws IOException {
        Files.writeString(folder.resolve("readme.txt"), "nothing\n");
        assertThatThrownBy(() -> RoadmapLoader.load(folder))
                .isInstanceOf(TrackerException.class)
                .extracting(e -> ((TrackerException) e).exitCode()).isEqualTo(ExitCode.NO_INPUT);
    }

    @Test
    void binaryFileIsADataError() throws IOException {
        Files.write(folder.resolve("image.md"), new byte[] {'#', ' ', 0, 1, 2});
        assertThatThrownBy(() -> RoadmapLoader.load(folder))
                .isInstanceOf(TrackerException.class)
                .hasMessageContaining("image.md")
                .extracting(e -> ((TrackerException) e).exitCode()).isEqualTo(ExitCode.DATA_ERROR);
    }

    @Test
    void folderWithoutReadPermissionIsNoInput() throws IOException {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Files.writeString(locked.resolve("plan.md"), "- [ ] a\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-wx------"));
        try {
            assumeTrue(!Files.isReadable(locked), "running as root, which reads any folder: permission not checked");
            assertThatThrownBy(() -> RoadmapLoader.load(locked))
                    .isInstanceOf(TrackerException.class)
                    .hasMessage("cannot read roadmaps folder " + locked + ": permission denied")
                    .extracting(e -> ((TrackerException) e).exitCode()).isEqualTo(ExitCode.NO_INPUT);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
