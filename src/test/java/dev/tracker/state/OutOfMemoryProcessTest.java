package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memory running out is one line on stderr and exit 71, no stack trace, and the state file unchanged. */
@Tag(ChildJvm.TAG)
class OutOfMemoryProcessTest {
    @TempDir
    Path dir;

    @Test
    void aHeapTooSmallForTheStateIsOneLineAndNothingChanges() throws Exception {
        String[] names = {"one", "two", "three", "four", "five", "six", "seven"};
        StringBuilder roadmap = new StringBuilder("# R\n\n");
        for (String name : names) {
            roadmap.append("- [ ] ").append(name).append('\n');
        }
        TrackerRunner tracker = new TrackerRunner(dir).roadmap("r.md", roadmap.toString());
        for (int round = 0; round < 6; round++) {
            tracker.ok("check", names[round]);
        }
        // a history of ~60,000 entries, grown by hand: many copies of the checks' lines
        String text = tracker.stateText();
        int start = text.indexOf("[\n") + 2;
        int end = text.indexOf("\n  ]");
        String lines = text.substring(start, end);
        StringBuilder grown = new StringBuilder(text.substring(0, start));
        for (int i = 0; i < 15000; i++) { // a long file is mapped, not read into the heap: beyond what parsing it takes
            grown.append(lines).append(",\n");
        }
        grown.append(lines).append(text.substring(end));
        Files.writeString(tracker.stateFile(), grown);
        byte[] before = Files.readAllBytes(tracker.stateFile());

        TrackerProcess.Result run = TrackerProcess.bash(dir, TrackerProcess.command(System.getProperty("java.class.path"),
                "-Xmx24m"), "tracker check seven", Map.of("TRACKER_ROADMAPS", tracker.roadmapsDir().toString(),
                "TRACKER_STATE", tracker.stateFile().toString(), "HOME", dir.toString()));

        assertThat(run.exit()).as(run.toString()).isEqualTo(71);
        assertThat(run.err().lines()).as(run.toString()).hasSize(1)
                .allMatch(line -> line.startsWith("tracker: out of memory: the Java heap (") && !line.contains("Exception"));
        assertThat(Files.readAllBytes(tracker.stateFile())).isEqualTo(before);
    }
}
