package dev.tracker.state;

import static dev.tracker.state.StateFixtures.T1;
import static dev.tracker.state.StateFixtures.T2;
import static dev.tracker.state.StateFixtures.T3;
import static dev.tracker.state.StateFixtures.skill;
import static dev.tracker.state.StateFixtures.todo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional "undo" field of history entries, and undo as a walk back through a stack of changes. */
class UndoHistoryTest {
    private static final Instant T4 = Instant.parse("2026-11-24T08:00:00Z");

    @TempDir
    Path dir;

    private final Skill a = todo("r/a");
    private final Skill b = todo("r/b");
    private final Skill markedDone = skill("r/c", SkillStatus.DONE);

    private StateStore store() {
        return new StateStore(dir.resolve("state.json"));
    }

    @Test
    void undoIsWrittenOnlyWhenTrueAfterTheOtherSortedKeys() throws IOException {
        Progress changed = Progress.EMPTY.with(a, SkillStatus.DONE, T1);
        store().update(p -> changed.undo(a, changed.lastChange().orElseThrow(), T2));

        assertThat(Files.readString(dir.resolve("state.json"))).contains(
                "{\"at\":\"2026-11-21T09:00:00Z\",\"from\":\"todo\",\"id\":\"r/a\",\"to\":\"done\"},\n",
                "{\"at\":\"2026-11-22T10:30:00Z\",\"from\":\"done\",\"id\":\"r/a\",\"to\":\"todo\",\"undo\":true}\n");
    }

    @Test
    void undoEntriesReadBackEqual() {
        Progress written = store().update(p -> {
            Progress changed = p.with(a, SkillStatus.DONE, T1).with(b, SkillStatus.SKIPPED, T2);
            return changed.undo(b, changed.lastChange().orElseThrow(), T3);
        });

        Progress read = store().load();

        assertThat(read).isEqualTo(written);
        assertThat(read.history()).extracting(HistoryEntry::undo).containsExactly(false, false, true);
    }

    @Test
    void aFileWrittenBeforeUndoExistedStillReads() throws IOException {
        Files.writeString(dir.resolve("state.json"), """
                {
                  "history": [
                    {"at":"2026-11-21T09:00:00Z","from":"todo","id":"r/a","to":"done"},
                    {"at":"2026-11-22T10:30:00Z","from":"done","id":"r/a","to":"todo","undo":false}
                  ],
                  "skills": {},
                  "version": 1
                }
                """);

        assertThat(store().load().history()).extracting(HistoryEntry::undo).containsExactly(false, false);
    }

    @Test
    void undoThatIsNotABooleanIsRefusedWithItsPlace() throws IOException {
        Path file = dir.resolve("state.json");
        Files.writeString(file, "{\n  \"history\": [\n    {\"at\":\"2026-11-21T09:00:00Z\",\"from\":\"todo\",\"id\":\"r/a\","
                + "\"to\":\"done\",\"undo\":\"yes\"}\n  ],\n  \"version\": 1\n}\n");

        TrackerException e = catchThrowableOfType(TrackerException.class, () -> store().load());

        assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(e.getMessage()).contains("line 3, column").contains("\"undo\"").contains("true or false");
    }

    @Test
    void anUnknownFieldBesideUndoIsStillRefused() throws IOException {
        Files.writeString(dir.resolve("state.json"), "{\n  \"history\": [\n    {\"at\":\"2026-11-21T09:00:00Z\",\"from\":\"todo\","
                + "\"id\":\"r/a\",\"redo\":true,\"to\":\"done\"}\n  ],\n  \"version\": 1\n}\n");

        assertThat(catchThrowableOfType(TrackerException.class, () -> store().load()).getMessage())
                .contains("unknown field \"redo\"");
    }

    @Test
    void lastChangeIsNoneWithoutHistory() {
        assertThat(Progress.EMPTY.lastChange()).isEmpty();
    }

    @Test
    void undoWalksBackThroughTheChangesOneByOne() {
        Progress p = Progress.EMPTY.with(a, SkillStatus.DONE, T1).with(b, SkillStatus.IN_PROGRESS, T2);
        HistoryEntry second = p.history().get(1);
        HistoryEntry first = p.history().get(0);
        assertThat(p.lastChange()).contains(second);

        p = p.undo(b, second, T3);
        assertThat(p.statusOf(b)).isEqualTo(SkillStatus.TODO);
        assertThat(p.lastChange()).contains(first);

        p = p.undo(a, first, T4);
        assertThat(p.statusOf(a)).isEqualTo(SkillStatus.TODO);
        assertThat(p.lastChange()).isEmpty();
        assertThat(p.skills()).isEmpty();
        assertThat(p.history()).hasSize(4).extracting(HistoryEntry::undo).containsExactly(false, false, true, true);
    }

    @Test
    void aChangeAfterAnUndoIsTheNextToBeUndone() {
        Progress p = Progress.EMPTY.with(a, SkillStatus.DONE, T1);
        p = p.undo(a, p.lastChange().orElseThrow(), T2).with(b, SkillStatus.SKIPPED, T3);

        assertThat(p.lastChange()).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("r/b"));
        p = p.undo(b, p.lastChange().orElseThrow(), T4);
        assertThat(p.lastChange()).as("the undone check of r/a stays undone").isEmpty();
    }

    @Test
    void theUndoEntryRecordsTheStatusItLeftAndTheOneItRestored() {
        Progress p = Progress.EMPTY.with(a, SkillStatus.IN_PROGRESS, T1).with(a, SkillStatus.DONE, T2);

        p = p.undo(a, p.lastChange().orElseThrow(), T3);

        assertThat(p.history().get(2)).isEqualTo(new HistoryEntry(T3, "r/a", SkillStatus.DONE, SkillStatus.IN_PROGRESS, true));
        assertThat(p.stateOf("r/a")).isEqualTo(new SkillState(SkillStatus.IN_PROGRESS, T3, a.title()));
    }

    @Test
    void undoBackToTheMarkdownsMarkForgetsTheSkill() {
        Progress p = Progress.EMPTY.with(markedDone, SkillStatus.TODO, T1);
        assertThat(p.skills()).containsKey("r/c");

        p = p.undo(markedDone, p.lastChange().orElseThrow(), T2);

        assertThat(p.skills()).doesNotContainKey("r/c");
        assertThat(p.statusOf(markedDone)).isEqualTo(SkillStatus.DONE);
    }

    @Test
    void undoIsRecordedEvenWhenTheStatusIsAlreadyBack() {
        // the history says r/a was checked, but the state no longer holds it (edited by hand, or merged)
        HistoryEntry check = new HistoryEntry(T1, "r/a", SkillStatus.TODO, SkillStatus.DONE);
        Progress p = new Progress(Map.of(), List.of(check));

        p = p.undo(a, p.lastChange().orElseThrow(), T2);

        assertThat(p.history()).containsExactly(check, new HistoryEntry(T2, "r/a", SkillStatus.TODO, SkillStatus.TODO, true));
        assertThat(p.lastChange()).as("the next undo walks further back, not round in circles").isEmpty();
        assertThat(p.skills()).isEmpty();
    }

    @Test
    void undoRefusesAChangeOfAnotherSkill() {
        Progress p = Progress.EMPTY.with(a, SkillStatus.DONE, T1);

        assertThatThrownBy(() -> p.undo(b, p.lastChange().orElseThrow(), T2)).isInstanceOf(IllegalArgumentException.class);
    }
}
