package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file that cannot be read is skipped with a warning naming it; the others still load. */
class DamagedRoadmapFilesTest {
    @TempDir
    Path folder;

    @BeforeEach
    void aGoodRoadmap() throws IOException {
        Files.writeString(folder.resolve("good.md"), "# Good\n- [ ] a\n");
    }

    private LoadedRoadmaps readExpectingGoodOnly() {
        LoadedRoadmaps loaded = RoadmapLoader.read(folder);
        assertThat(loaded.roadmaps()).extracting(Roadmap::file).containsExactly("good.md");
        return loaded;
    }

    @Test
    void binaryFileIsSkipped() throws IOException {
        Path file = Files.write(folder.resolve("image.md"), new byte[] {'#', ' ', 0, 1, 2});
        assertThat(readExpectingGoodOnly().warnings()).containsExactly("skipped " + file + ": not text (a NUL byte at offset 2)");
    }

    @Test
    void invalidUtf8IsReadWithReplacementCharactersAndItsOffsetReported() throws IOException {
        Path file = Files.write(folder.resolve("latin1.md"), "# T\n- [ ] caf\u00E9 au lait \u00E0 \u00E9\n".getBytes("ISO-8859-1"));
        LoadedRoadmaps loaded = RoadmapLoader.read(folder);
        assertThat(loaded.warnings()).containsExactly(file + ": invalid UTF-8 at byte 13 (line 2) and 2 more places, shown as \uFFFD");
        Roadmap latin1 = loaded.roadmaps().stream().filter(r -> r.file().equals("latin1.md")).findFirst().orElseThrow();
        assertThat(latin1.skills().get(0).title()).isEqualTo("caf\uFFFD au lait \uFFFD \uFFFD");
    }

    @Test
    void folderNamedLikeARoadmapIsSkipped() throws IOException {
        Path notes = Files.createDirectory(folder.resolve("notes.md"));
        assertThat(readExpectingGoodOnly().warnings()).containsExactly("skipped " + notes + ": a folder, not a file");
    }

    @Test
    void symbolicLinkLoopIsSkipped() throws IOException {
        Path a = Files.createSymbolicLink(folder.resolve("a.md"), Path.of("b.md"));
        Path b = Files.createSymbolicLink(folder.resolve("b.md"), Path.of("a.md"));
        assertThat(readExpectingGoodOnly().warnings())
                .containsExactly("skipped " + a + ": a symbolic link loop", "skipped " + b + ": a symbolic link loop");
    }

    @Test
    void symbolicLinkToNothingIsSkipped() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("gone.md"), folder.resolve("moved.md"));
        assertThat(readExpectingGoodOnly().warnings())
                .containsExactly("skipped " + link + ": a symbolic link to " + folder.resolve("moved.md") + ", which does not exist");
    }

    @Test
    void namedPipeIsSkippedWithoutWaitingForAWriter() throws Exception {
        Path pipe = folder.resolve("pipe.md");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available here");
        assertThat(readExpectingGoodOnly().warnings())
                .containsExactly("skipped " + pipe + ": not a regular file (a pipe, socket or device)");
    }

    @Test
    void fileWithoutReadPermissionIsSkipped() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.md"), "- [ ] s\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("-w-------"));
        assumeTrue(!Files.isReadable(secret), "running as root, which reads any file: permission not checked");
        assertThat(readExpectingGoodOnly().warnings()).containsExactly("skipped " + secret + ": permission denied");
    }

    @Test
    void fileLargerThanTheCapIsSkippedUnread() throws IOException {
        Path huge = Files.write(folder.resolve("huge.md"), new byte[(int) ParseLimits.MAX_FILE_BYTES + 1]);
        assertThat(readExpectingGoodOnly().warnings())
                .containsExactly("skipped " + huge + ": 1.0 MB, larger than the 1 MB a roadmap may be");
    }

    @Test
    void nothingReadableIsOneErrorGivingTheFirstReason() throws IOException {
        Files.delete(folder.resolve("good.md"));
        Path binary = Files.write(folder.resolve("a.md"), new byte[] {0});
        Files.writeString(folder.resolve("b.md"), "- ".repeat(200) + "x\n");
        assertThatThrownBy(() -> RoadmapLoader.read(folder)).isInstanceOfSatisfying(TrackerException.class, e -> {
            assertThat(e.exitCode()).as("every file read and refused").isEqualTo(ExitCode.DATA_ERROR);
            assertThat(e.getMessage()).isEqualTo("no roadmap could be read in " + folder + ": skipped " + binary
                    + ": not text (a NUL byte at offset 0) (and 1 more skipped)");
        });
    }

    @Test
    void nothingReadableWithAnUnreadableFileIsNoInput() throws IOException {
        Files.delete(folder.resolve("good.md"));
        Files.write(folder.resolve("a.md"), new byte[] {0});
        Files.createDirectory(folder.resolve("b.md"));
        assertThatThrownBy(() -> RoadmapLoader.read(folder)).isInstanceOfSatisfying(TrackerException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NO_INPUT));
    }

    @Test
    void roadmapsLocationThatIsASymbolicLinkLoopIsNoInput() throws IOException {
        Path loop = Files.createSymbolicLink(folder.resolve("roadmaps"), Path.of("roadmaps"));
        assertThatThrownBy(() -> RoadmapLoader.read(loop)).isInstanceOfSatisfying(TrackerException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.NO_INPUT);
            assertThat(e.getMessage()).isEqualTo("roadmaps not found: " + loop + " is a symbolic link loop");
        });
    }

    @Test
    void singleFileThatCannotBeReadNamesItsReason() throws IOException {
        Path binary = Files.write(folder.resolve("image.md"), new byte[] {'x', 0});
        assertThatThrownBy(() -> RoadmapLoader.read(binary)).isInstanceOfSatisfying(TrackerException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
            assertThat(e.getMessage()).isEqualTo("cannot read roadmap " + binary + ": not text (a NUL byte at offset 1)");
        });
    }
}
