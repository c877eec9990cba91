package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A splice (the previous file's bytes up to the end of its history, the new entries, the skills
 * map and version) is byte for byte what the full writer writes, over random histories; where
 * the history does not begin as the writer writes it, there is no splice.
 */
class StateSpliceTest {
    @Test
    void aSpliceIsByteForByteTheFullWrite() throws IOException {
        int spliced = 0;
        for (long seed = 1; seed <= 40; seed++) {
            List<Progress> steps = new RandomCommands(seed).run(60);
            for (int i = 1; i < steps.size(); i++) {
                Progress before = steps.get(i - 1);
                Progress after = steps.get(i);
                int from = after.continues(before);
                if (from < 0) {
                    assertThat(after).isSameAs(before); // a command that recorded nothing
                    continue;
                }
                ByteArrayOutputStream previous = new ByteArrayOutputStream();
                long end = StateJsonWriter.write(before, previous);
                byte[] bytes = previous.toByteArray();
                assertThat(StateSplice.historyEnd(before, bytes)).isEqualTo(end);
                if (from > 0 && StateSplice.joinsLine(after.history().get(from - 1), after.history().get(from))) {
                    continue; // the store writes the whole file then
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long newEnd = StateSplice.splice(StateBytes.of(bytes), (int) end, after, from, out);
                String full = written(after);
                assertThat(out.toString(StandardCharsets.UTF_8)).as("seed " + seed + ", command " + i).isEqualTo(full);
                assertThat(out.toByteArray()).isEqualTo(full.getBytes(StandardCharsets.UTF_8));
                assertThat(StateSplice.historyEnd(after, out.toByteArray())).isEqualTo(newEnd);
                spliced++;
            }
        }
        assertThat(spliced).isGreaterThan(1500);
    }

    @Test
    void aFileNotWrittenAsTheWriterWritesHasNoPlaceToSplice() throws IOException {
        Progress progress = new RandomCommands(5).run(20).get(20);
        String full = written(progress);
        assertThat(StateSplice.historyEnd(progress, full.getBytes(StandardCharsets.UTF_8))).isPositive();
        for (String other : List.of("\uFEFF" + full, full.replaceFirst("\\{\"at\"", "{ \"at\""),
                full.replace(",\n    {", ",\n     {"), full.substring(0, full.length() / 2))) {
            assertThat(StateSplice.historyEnd(progress, other.getBytes(StandardCharsets.UTF_8))).as(other).isEqualTo(-1);
        }
    }

    /** The bytes the store writes (the writer's stream; its text form escapes alike, but is not what is on disk). */
    private static String written(Progress progress) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StateJsonWriter.write(progress, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void seenEntriesThatWouldShareTheLastLineAreTold() {
        HistoryEntry first = HistoryEntry.seen(StateFixtures.T1, "c1", "r/a", 0.9);
        assertThat(StateSplice.joinsLine(first, HistoryEntry.seen(StateFixtures.T1, "c1", "r/b", 0.9))).isTrue();
        assertThat(StateSplice.joinsLine(first, HistoryEntry.seen(StateFixtures.T1, "c2", "r/b", 0.9))).isFalse();
        assertThat(StateSplice.joinsLine(first, HistoryEntry.review(StateFixtures.T1, "c1", "r/b", "good", 0.9))).isFalse();
    }
}
