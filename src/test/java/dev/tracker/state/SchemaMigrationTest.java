package dev.tracker.state;

import static dev.tracker.state.StateFixtures.T3;
import static dev.tracker.state.StateFixtures.todo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema 1 files read as they were meant, and the first write keeps the schema 1 file for good. */
class SchemaMigrationTest {
    /** v1 as a v1 tracker wrote it after `check a`, `check b`, `doctor --reattach` (r/old → r/b), `undo`, `start c`. */
    private static final String V1 = """
            {
              "history": [
                {"at":"2026-11-01T09:00:00Z","from":"todo","id":"r/a","to":"done"},
                {"at":"2026-11-02T09:00:00Z","from":"todo","id":"r/old","to":"done"},
                {"at":"2026-11-03T09:00:00Z","from":"todo","id":"r/b","to":"done"},
                {"at":"2026-11-04T09:00:00Z","from":"todo","id":"r/x","to":"skipped"},
                {"at":"2026-11-05T09:00:00Z","from":"skipped","id":"r/x","to":"todo","undo":true},
                {"at":"2026-11-06T09:00:00Z","from":"todo","id":"r/c","to":"in-progress"}
              ],
              "skills": {
                "r/a": {"at":"2026-11-01T09:00:00Z","status":"done","title":"A"},
                "r/b": {"at":"2026-11-02T09:00:00Z","status":"done","title":"B"},
                "r/c": {"at":"2026-11-06T09:00:00Z","status":"in-progress","title":"C"}
              },
              "version": 1
            }
            """;

    @TempDir
    Path dir;

    private StateStore store() {
        return new StateStore(dir.resolve("state.json"));
    }

    @Test
    void aVersionOneFileReadsAsExactlyTheStateItHeld() throws IOException {
        Files.writeString(dir.resolve("state.json"), V1);

        Progress migrated = store().load();

        assertThat(migrated.skills()).containsOnlyKeys("r/a", "r/b", "r/c");
        assertThat(migrated.stateOf("r/a").status()).isEqualTo(SkillStatus.DONE);
        assertThat(migrated.stateOf("r/b").status()).isEqualTo(SkillStatus.DONE);
        assertThat(migrated.stateOf("r/c")).isEqualTo(new SkillState(SkillStatus.IN_PROGRESS,
                Instant.parse("2026-11-06T09:00:00Z"), "C"));
        assertThat(migrated.lastCommand()).as("the undone skip stays undone; the start is the next undo")
                .hasValueSatisfying(command -> assertThat(command.get(0).id()).isEqualTo("r/c"));
    }

    @Test
    void theFirstWriteKeepsTheVersionOneFileAndLaterWritesLeaveItAlone() throws IOException {
        Files.writeString(dir.resolve("state.json"), V1);

        store().update(p -> p.with(todo("r/d"), SkillStatus.DONE, T3));
        store().update(p -> p.with(todo("r/e"), SkillStatus.DONE, T3));

        assertThat(dir.resolve("state.json.v1")).hasContent(V1);
        assertThat(Files.readString(dir.resolve("state.json"))).contains("\"version\": 2");
        Progress now = store().load();
        assertThat(now.skills()).containsKeys("r/a", "r/b", "r/c", "r/d", "r/e").doesNotContainKey("r/old");
    }

    @Test
    void aVersionTwoFileReadsBackEqual() {
        Progress written = store().update(p -> p.with(todo("r/a"), SkillStatus.DONE, T3)
                .edit(T3).review("r/a", "hard", 0.9, T3).note("r/a", "a note", T3).done());

        assertThat(store().load()).isEqualTo(written);
        assertThat(written.reviewsOf("r/a")).singleElement().satisfies(r -> assertThat(r.grade()).isEqualTo("hard"));
        assertThat(written.notesOf("r/a")).singleElement().satisfies(n -> assertThat(n.text()).isEqualTo("a note"));
        assertThat(dir.resolve("state.json.v1")).doesNotExist();
    }

    @Test
    void seenEntriesOfOneCommandShareALineAndReadBackOneEach() throws IOException {
        Progress written = store().update(p -> p.edit(T3).seen("r/a", 0.9, T3).seen("r/b", 0.9, T3).done());

        assertThat(Files.readString(dir.resolve("state.json"))).contains("\"ids\":[\"r/a\",\"r/b\"],\"kind\":\"seen\"");
        assertThat(store().load()).isEqualTo(written);
        assertThat(store().load().reviewsOf("r/b")).singleElement().satisfies(r -> assertThat(r.seen()).isTrue());
    }

    @Test
    void aSeenLineMustNameItsSkillsOneWay() throws IOException {
        String head = "{\n  \"history\": [\n    {\"at\":\"2026-11-21T09:00:00Z\",\"cmd\":\"c1\",";
        String tail = ",\"kind\":\"seen\",\"retention\":0.9}\n  ],\n  \"skills\": {},\n  \"version\": 2\n}\n";
        for (String ids : List.of("\"ids\":[]", "\"id\":\"r/a\",\"ids\":[\"r/b\"]", "\"ids\":[1]")) {
            Files.writeString(dir.resolve("state.json"), head + ids + tail);
            assertThat(catchThrowableOfType(TrackerException.class, () -> store().load())).as(ids).isNotNull()
                    .satisfies(e -> assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERROR));
        }
    }
}
