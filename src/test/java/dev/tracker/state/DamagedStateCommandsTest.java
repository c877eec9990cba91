package dev.tracker.state;

import static dev.tracker.testing.FixtureRoadmaps.DEFINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.state.BrokenStateFiles.BrokenState;
import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken state file of the corpus, through the command line: commands that write refuse
 * with exit 65 and one line naming the file and the place; commands that only read still run,
 * on the markdown's own marks, after a one-line warning; the file is never touched.
 */
class DamagedStateCommandsTest {
    private static final List<List<String>> WRITERS = List.of(List.of("check", DEFINE), List.of("uncheck", DEFINE),
            List.of("start", DEFINE), List.of("skip", DEFINE), List.of("undo"));
    private static final List<List<String>> READERS = List.of(List.of("status"), List.of("next"), List.of("list"),
            List.of("show", DEFINE), List.of("search", "interface"), List.of("gaps"), List.of("log"));

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.tracker.state.BrokenStateFiles#all")
    void writersRefuseReadersWarnAndTheFileStaysByteIdentical(BrokenState broken) throws IOException {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);
        Files.write(tracker.stateFile(), broken.bytes());

        assertRefusedAndWarned(tracker, "(line " + broken.line() + ", column ", broken.fragment());

        assertThat(tracker.stateFile()).hasBinaryContent(broken.bytes());
        assertNothingBesideTheStateFileButTheLock(tracker);
    }

    @Test
    void aFileLargerThanTheBoundIsRefusedWithoutReadingIt() throws IOException {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);
        try (RandomAccessFile file = new RandomAccessFile(tracker.stateFile().toFile(), "rw")) {
            file.write("{\"version\": 1, \"history\": [".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            file.setLength(StateBounds.MAX_FILE_BYTES + 1); // sparse: costs no disk
        }
        long modified = Files.getLastModifiedTime(tracker.stateFile()).toMillis();

        assertRefusedAndWarned(tracker, "larger than the 64 MB a state file may hold");

        assertThat(Files.size(tracker.stateFile())).isEqualTo(StateBounds.MAX_FILE_BYTES + 1);
        assertThat(Files.getLastModifiedTime(tracker.stateFile()).toMillis()).isEqualTo(modified);
        assertNothingBesideTheStateFileButTheLock(tracker);
    }

    private static void assertRefusedAndWarned(TrackerRunner tracker, String... fragments) {
        String file = tracker.stateFile().toString();
        for (List<String> writer : WRITERS) {
            Run run = tracker.fails(65, writer.toArray(String[]::new));
            assertThat(run.err().lines()).as("%s%n%s", writer, run).singleElement().asString()
                    .startsWith("tracker: state file " + file + " cannot be read (").contains(fragments)
                    .endsWith("it was left untouched: fix it by hand, or move it away to start afresh");
        }
        for (List<String> reader : READERS) {
            Run run = tracker.run(reader.toArray(String[]::new));
            assertThat(run.exit()).as("%s%n%s", reader, run).isZero();
            assertThat(run.out()).isNotEmpty();
            assertThat(run.err().lines()).as("%s%n%s", reader, run).singleElement().asString()
                    .startsWith("tracker: warning: state file " + file + " cannot be read (").contains(fragments)
                    .endsWith("meanwhile this shows the markdown's own marks");
        }
    }

    private static void assertNothingBesideTheStateFileButTheLock(TrackerRunner tracker) throws IOException {
        try (Stream<Path> files = Files.list(tracker.dir())) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("state.json")))
                    .isSubsetOf("state.json", "state.json.lock");
        }
    }
}
