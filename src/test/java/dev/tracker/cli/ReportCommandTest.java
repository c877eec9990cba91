package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `tracker report --html` end to end: where it writes, what it refuses to replace, standard output. */
class ReportCommandTest {
    private static final String PLAN = """
            # Two `<days>`
            ## Day 1
            - [ ] alpha
            - [ ] beta
            """;

    @TempDir
    Path tmp;

    private TrackerRunner tracker;

    @BeforeEach
    void plan() {
        tracker = new TrackerRunner(tmp).roadmap("plan.md", PLAN).at(Instant.parse("2026-12-02T12:00:00Z"));
    }

    private Path page() {
        return tracker.dir().resolve("tracker-report.html");
    }

    @Test
    void writesTheDefaultFileInTheWorkingFolderAndSaysSo() throws IOException {
        tracker.ok("check", "alpha");
        String out = tracker.ok("report", "--html").out();
        assertThat(out).matches("wrote tracker-report\\.html \\(\\d+ KB\\): 1 roadmaps, 0 reviews due\\n");
        assertThat(Files.readString(page())).contains("<h3>Two &lt;days&gt;</h3>", "data-done=\"1\" data-total=\"2\"");
        assertThat(tracker.dir()).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void anEmptyHistoryStillWritesAPageAndSaysSo() throws IOException {
        assertThat(tracker.ok("report", "--html", "r.html").out()).endsWith("; no changes yet\n");
        assertThat(Files.readString(tracker.dir().resolve("r.html"))).contains("No changes yet");
        assertThat(tracker.stateFile()).as("report only reads").doesNotExist();
    }

    @Test
    void replacesItsOwnReportButNoOtherFile() throws IOException {
        tracker.ok("report", "--html");
        tracker.ok("check", "alpha");
        tracker.ok("report", "--html");
        assertThat(Files.readString(page())).contains("data-done=\"1\"");

        Path notes = Files.writeString(tracker.dir().resolve("notes.html"), "<p>mine</p>");
        assertThat(tracker.fails(73, "report", "--html", "notes.html").err()).hasLineCount(1)
                .contains("notes.html exists and is not a tracker report; nothing was written");
        assertThat(Files.readString(notes)).isEqualTo("<p>mine</p>");
    }

    @Test
    void refusesAFolderAPipeAndAMissingFolderInOneLine() throws Exception {
        Files.createDirectory(tracker.dir().resolve("out"));
        assertThat(tracker.fails(73, "report", "--html", "out").err()).hasLineCount(1).contains("out is a folder");
        Path fifo = tracker.dir().resolve("pipe");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            assertThat(tracker.fails(73, "report", "--html", "pipe").err()).hasLineCount(1)
                    .contains("pipe is not a regular file");
        }
        assertThat(tracker.fails(73, "report", "--html", "no/such/r.html").err()).hasLineCount(1)
                .contains("the folder of no/such/r.html does not exist");
        assertThat(tracker.dir()).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aDashWritesToStandardOutput() {
        String out = tracker.ok("report", "--html", "-").out();
        assertThat(out).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(page()).doesNotExist();
    }

    @Test
    void withoutAFormatItIsAUsageError() {
        assertThat(tracker.fails(2, "report").err()).hasLineCount(1).contains("report needs a format: --html");
        assertThat(page()).doesNotExist();
    }
}
