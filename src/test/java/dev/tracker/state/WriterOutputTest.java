package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.SkillStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/**
 * The writer's bytes for entries of every kind, pinned to its output version: a change of what
 * it writes must raise {@link StateJsonWriter#OUTPUT_VERSION} (and pin the new bytes here), so
 * that no snapshot of a file another writer wrote is spliced as if this one had written it.
 */
class WriterOutputTest {
    @Test
    void theBytesOfEveryKindOfEntryAreThoseOfTheOutputVersion() throws IOException {
        Instant at = Instant.parse("2026-01-02T03:04:05.678Z");
        HistoryEntry status = HistoryEntry.status(at, "c1", "r/a", SkillStatus.TODO, SkillStatus.DONE, false, "T \"é\" \u0001");
        Progress sample = new Progress(List.of(status, HistoryEntry.review(at, "c1", "r/a", "good", 0.9),
                HistoryEntry.seen(at, "c2", "r/b", 0.9), HistoryEntry.seen(at, "c2", "r/c", 0.9),
                HistoryEntry.note(at, "c3", "r/a", "n\n\t"), HistoryEntry.noteDelete(at, "c4", "r/a", "c3"),
                HistoryEntry.reattach(at, "c5", "r/d", "r/a", true, "D"), HistoryEntry.undoOf(at, "c6", status),
                HistoryEntry.status(at.plusSeconds(1), "c7", "r/e", SkillStatus.TODO, SkillStatus.SKIPPED, false, "E")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StateJsonWriter.write(sample, out);
        CRC32C crc = new CRC32C();
        crc.update(out.toByteArray());
        String pinned = "version " + StateJsonWriter.OUTPUT_VERSION + ": " + Long.toHexString(crc.getValue());
        assertThat(pinned).as("the writer's output changed: raise StateJsonWriter.OUTPUT_VERSION, pin the new CRC here;"
                + " the bytes:\n" + out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("version 1: 878a87dd");
    }
}
