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
    private final Skill c = todo("r/d");

    private StateStore store() {
        return new StateStore(dir.resolve("state.json"));
    }

    @Test
    void anUndoNamesTheCommandItRevertsWithTheOtherKeysSorted() throws IOException {
        Progress changed = Progress.EMPTY.with(a, SkillStatus.DONE, T1);
        store().update(p -> undoLast(changed, T2));

        String cmd = changed.history().get(0).cmd();
        assertThat(cmd).startsWith("20261121T090000.000Z-");
        String text = Files.readString(dir.resolve("state.json"));
        assertThat(text).contains(
                "{\"at\":\"2026-11-21T09:00:00Z\",\"cmd\":\"" + cmd + "\",\"from\":\"todo\",\"id\":\"r/a\",\"kind\":\"status\","
                + "\"title\":\"" + a.title() + "\",\"to\":\"done\"},\n",
                "\"from\":\"done\",\"id\":\"r/a\",\"kind\":\"undo\",\"ref\":\"" + cmd + "\",\"to\":\"todo\"}\n");
    }

    @Test
    void undoEntriesReadBackEqual() {
        Progress written = store().update(p -> {
            Progress changed = p.with(a, SkillStatus.DONE, T1).with(b, SkillStatus.SKIPPED, T2);
            return undoLast(changed, T3);
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
        assertThat(store().load().skills()).as("v1 dropped the entry that went back to the mark").isEmpty();
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
    void lastCommandIsNoneWithoutHistory() {
        assertThat(Progress.EMPTY.lastCommand()).isEmpty();
    }

    private static Progress undoLast(Progress p, Instant at) {
        return p.edit(at).undo(p.lastCommand().orElseThrow(), at).done();
    }

    @Test
    void undoWalksBackThroughTheCommandsOneByOne() {
        Progress p = Progress.EMPTY.with(a, SkillStatus.DONE, T1).with(b, SkillStatus.IN_PROGRESS, T2);
        HistoryEntry second = p.history().get(1);
        HistoryEntry first = p.history().get(0);
        assertThat(p.lastCommand()).contains(List.of(second));

        p = undoLast(p, T3);
        assertThat(p.statusOf(b)).isEqualTo(SkillStatus.TODO);
        assertThat(p.lastCommand()).contains(List.of(first));

        p = undoLast(p, T4);
        assertThat(p.statusOf(a)).isEqualTo(SkillStatus.TODO);
        assertThat(p.lastCommand()).isEmpty();
        assertThat(p.skills()).isEmpty();
        assertThat(p.history()).hasSize(4).extracting(HistoryEntry::undo).containsExactly(false, false, true, true);
    }

    @Test
    void oneUndoRevertsAWholeCommand() {
        Progress p = Progress.EMPTY.with(c, SkillStatus.SKIPPED, T1);
        p = p.edit(T2).status(a, SkillStatus.DONE, T2).status(b, SkillStatus.DONE, T2).status(c, SkillStatus.DONE, T2).done();
        assertThat(p.lastCommand()).hasValueSatisfying(command -> assertThat(command).hasSize(3));

        p = undoLast(p, T3);

        assertThat(p.statusOf(a)).isEqualTo(SkillStatus.TODO);
        assertThat(p.statusOf(b)).isEqualTo(SkillStatus.TODO);
        assertThat(p.statusOf(c)).as("back to what the command before set").isEqualTo(SkillStatus.SKIPPED);
        assertThat(p.lastCommand()).hasValueSatisfying(command -> assertThat(command).singleElement()
                .satisfies(e -> assertThat(e.to()).isEqualTo(SkillStatus.SKIPPED)));
    }

    @Test
    void aChangeAfterAnUndoIsTheNextToBeUndone() {
        Progress p = Progress.EMPTY.with(a, SkillStatus.DONE, T1);
        p = undoLast(p, T2).with(b, SkillStatus.SKIPPED, T3);

        assertThat(p.lastCommand()).hasValueSatisfying(e -> assertThat(e.get(0).id()).isEqualTo("r/b"));
        p = undoLast(p, T4);
        assertThat(p.lastCommand()).as("the undone check of r/a stays undone").isEmpty();
    }

    @Test
    void theUndoEntryRecordsTheStatusItLeftAndTheOneItRestored() {
        Progress p = Progress.EMPTY.with(a, SkillStatus.IN_PROGRESS, T1).with(a, SkillStatus.DONE, T2);

        p = undoLast(p, T3);

        HistoryEntry undo = p.history().get(2);
        assertThat(undo.undo()).isTrue();
        assertThat(undo.from()).isEqualTo(SkillStatus.DONE);
        assertThat(undo.to()).isEqualTo(SkillStatus.IN_PROGRESS);
        assertThat(undo.ref()).isEqualTo(p.history().get(1).cmd());
        assertThat(p.stateOf("r/a")).as("the status as the command before set it, at its time")
                .isEqualTo(new SkillState(SkillStatus.IN_PROGRESS, T1, a.title()));
    }

    @Test
    void undoBackToTheMarkdownsMarkForgetsTheSkill() {
        Progress p = Progress.EMPTY.with(markedDone, SkillStatus.TODO, T1);
        assertThat(p.skills()).containsKey("r/c");

        p = undoLast(p, T2);

        assertThat(p.skills()).doesNotContainKey("r/c");
        assertThat(p.statusOf(markedDone)).isEqualTo(SkillStatus.DONE);
    }

    @Test
    void undoOfAReattachPutsTheEntryBackOnItsOldId() {
        Progress p = Progress.EMPTY.with(a, SkillStatus.DONE, T1);
        Progress moved = p.edit(T2).reattach("r/a", b, T2).done();
        assertThat(moved.stateOf("r/a")).isNull();
        assertThat(moved.stateOf("r/b")).isEqualTo(new SkillState(SkillStatus.DONE, T1, b.title()));

        Progress back = undoLast(moved, T3);

        assertThat(back.stateOf("r/a")).isEqualTo(new SkillState(SkillStatus.DONE, T1, a.title()));
        assertThat(back.stateOf("r/b")).isNull();
    }
}
