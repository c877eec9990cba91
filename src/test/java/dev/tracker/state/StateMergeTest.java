package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.SkillStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge driver's file: the writer's own bytes for the union, streamed over OURS, no temp file left. */
class StateMergeTest {
    @TempDir
    Path dir;

    @Test
    void theMergedFileHoldsExactlyWhatTheWriterWritesForTheUnion() throws IOException {
        Progress shared = progress("s", 50, null);
        Progress ours = progress("o", 300, shared);
        Progress theirs = progress("t", 300, shared);
        Path oursFile = write("ours.json", ours);
        Path theirsFile = write("theirs.json", theirs);

        HistoryUnion.Result result = StateMerge.mergeInto(oursFile, theirsFile);

        String expected = StateJsonWriter.write(HistoryUnion.of(ours, theirs).merged());
        assertThat(Files.readString(oursFile)).isEqualTo(expected);
        assertThat(result.merged().history()).hasSize(ours.history().size() + theirs.history().size() - shared.history().size());
        assertThat(List.of(result.both(), result.ours(), result.theirs())).containsExactly(50, 300, 300);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("ours.json", "theirs.json");
        }
    }

    /** {@code count} commands of a side after {@code before}'s, a review beside every other status. */
    private static Progress progress(String side, int count, Progress before) {
        List<HistoryEntry> history = new ArrayList<>(before == null ? List.of() : before.history());
        Instant at = Instant.parse("2026-11-21T09:00:00Z").plusSeconds(before == null ? 0 : 86_400);
        for (int i = 0; i < count; i++) {
            Instant when = at.plusSeconds(60L * i + (side.equals("t") ? 1 : 0));
            String cmd = CommandId.of(when, side + i);
            String id = "plan/" + side + "/skill-" + i % 40;
            history.add(HistoryEntry.status(when, cmd, id, SkillStatus.TODO, SkillStatus.DONE, false, "Skill ✓ " + id));
            if (i % 2 == 0) {
                history.add(HistoryEntry.review(when, cmd, id, "good", 0.9));
            }
        }
        return new Progress(history);
    }

    private Path write(String name, Progress progress) throws IOException {
        return Files.writeString(dir.resolve(name), StateJsonWriter.write(progress), StandardCharsets.UTF_8);
    }
}
