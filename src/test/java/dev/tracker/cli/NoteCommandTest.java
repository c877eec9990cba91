package dev.tracker.cli;

import static dev.tracker.testing.FixtureRoadmaps.DEFINE;
import static dev.tracker.testing.FixtureRoadmaps.MOCKING;
import static dev.tracker.testing.JsonTree.asList;
import static dev.tracker.testing.JsonTree.asObject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.JsonTree;
import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `tracker note` and `check --note`: notes kept in the history, shown, logged, undone, edited in $EDITOR. */
class NoteCommandTest {
    @TempDir
    Path tmp;

    private TrackerRunner tracker;

    @BeforeEach
    void roadmaps() {
        tracker = FixtureRoadmaps.both(tmp);
    }

    private List<Object> notesInShowJson(String id) {
        return asList(asObject(JsonTree.object(tracker.ok("show", id, "--json").out()).get("skill")).get("notes"));
    }

    /** An editor: a script that writes {@code text} over the file it is given (null: leaves it as it is). */
    private String editorWriting(String text) throws Exception {
        Path script = tmp.resolve("editor-" + System.nanoTime() + ".sh");
        Files.writeString(script, "#!/bin/sh\n" + (text == null ? "exit 0\n" : "printf '%s\\n' '" + text + "' > \"$1\"\n"));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script.toString();
    }

    @Test
    void aNoteIsDatedListedShownLoggedAndUndone() {
        assertThat(tracker.ok("note", "l2/mocking", "practised", "in", "github.com/me/shop").out())
                .isEqualTo("added note 1 to " + MOCKING + "\n  1  2026-11-21  practised in github.com/me/shop\n");
        tracker.at(Instant.parse("2026-11-22T10:00:00Z")).ok("note", MOCKING, "second");

        assertThat(tracker.ok("note", "l2/mocking").out()).isEqualTo(MOCKING + ": 2 notes\n"
                + "  1  2026-11-21  practised in github.com/me/shop\n"
                + "  2  2026-11-22  second\n");
        assertThat(tracker.ok("show", MOCKING).out()).endsWith("\n  notes\n"
                + "  1  2026-11-21  practised in github.com/me/shop\n"
                + "  2  2026-11-22  second\n");
        assertThat(notesInShowJson(MOCKING)).containsExactly(
                Map.of("n", 1L, "at", "2026-11-21T09:00:00Z", "text", "practised in github.com/me/shop"),
                Map.of("n", 2L, "at", "2026-11-22T10:00:00Z", "text", "second"));
        assertThat(tracker.ok("log", "-n", "1").out()).startsWith("2026-11-22 10:00  note: second\n");

        assertThat(tracker.ok("undo").out()).startsWith("undo: reverted `note` of 2026-11-22 10:00 (note: second)\n");
        assertThat(notesInShowJson(MOCKING)).hasSize(1);
    }

    @Test
    void noNotesSaysHowToAddOne() {
        assertThat(tracker.ok("note", DEFINE).out())
                .isEqualTo("no notes on " + DEFINE + "\n  add one with: tracker note QUERY TEXT\n");
        assertThat(tracker.ok("show", DEFINE).out()).doesNotContain("notes");
        assertThat(tracker.stateText()).isNull();
    }

    @Test
    void checkWithANoteIsOneCommandThatOneUndoReverts() {
        Run check = tracker.ok("check", DEFINE, "--note", "wrote io.Reader wrappers");
        assertThat(check.out()).contains("[x] todo → done  " + DEFINE)
                .endsWith("added note 1 to " + DEFINE + "\n  1  2026-11-21  wrote io.Reader wrappers\n");

        tracker.ok("undo");
        assertThat(notesInShowJson(DEFINE)).isEmpty();
        assertThat(asObject(JsonTree.object(tracker.ok("show", DEFINE, "--json").out()).get("skill")).get("status"))
                .isEqualTo("todo");
    }

    @Test
    void deleteRemovesNoteNAndUndoBringsItBack() {
        tracker.ok("note", MOCKING, "one");
        tracker.ok("note", MOCKING, "two");

        assertThat(tracker.ok("note", MOCKING, "--delete", "1").out())
                .isEqualTo("deleted note 1 of " + MOCKING + "\n  1  2026-11-21  one\n");
        assertThat(notesInShowJson(MOCKING)).extracting(n -> asObject(n).get("text")).containsExactly("two");

        tracker.ok("undo");
        assertThat(notesInShowJson(MOCKING)).extracting(n -> asObject(n).get("text")).containsExactly("one", "two");
    }

    @Test
    void editReplacesTheNoteKeepingItsDateAndNumberAndUndoRestoresIt() throws Exception {
        tracker.ok("note", MOCKING, "one");
        tracker.at(Instant.parse("2026-11-22T10:00:00Z")).ok("note", MOCKING, "two");
        tracker.at(Instant.parse("2026-11-23T10:00:00Z")).env("EDITOR", editorWriting("one, edited"));

        assertThat(tracker.ok("note", MOCKING, "--edit", "1").out())
                .isEqualTo("edited note 1 of " + MOCKING + "\n  1  2026-11-21  one, edited\n");
        assertThat(notesInShowJson(MOCKING)).extracting(n -> asObject(n).get("text")).containsExactly("one, edited", "two");
        // the edited note keeps its date, so the log lists it there; the deletion is of the edit's time
        assertThat(tracker.ok("log").out()).startsWith("2026-11-23 10:00  note deleted\n")
                .contains("2026-11-21 09:00  note: one, edited\n");

        tracker.ok("undo");
        assertThat(notesInShowJson(MOCKING)).extracting(n -> asObject(n).get("text")).containsExactly("one", "two");
    }

    @Test
    void editWithoutANumberWritesANewNoteAndVisualWinsOverEditor() throws Exception {
        tracker.env("EDITOR", "false").env("VISUAL", editorWriting("from the editor"));

        assertThat(tracker.ok("note", MOCKING, "--edit").out())
                .isEqualTo("added note 1 to " + MOCKING + "\n  1  2026-11-21  from the editor\n");
    }

    @Test
    void anUnchangedOrEmptyEditWritesNothingAndSaysSo() throws Exception {
        tracker.ok("note", MOCKING, "one");
        String state = tracker.stateText();

        tracker.env("EDITOR", editorWriting(null));
        assertThat(tracker.ok("note", MOCKING, "--edit", "1").out())
                .isEqualTo("note 1 of " + MOCKING + " is unchanged; nothing was written\n");
        tracker.env("EDITOR", editorWriting(""));
        assertThat(tracker.ok("note", MOCKING, "--edit", "1").out()).isEqualTo("the note was empty; nothing was written\n");
        assertThat(tracker.ok("note", MOCKING, "--edit").out()).isEqualTo("the note was empty; nothing was written\n");
        assertThat(tracker.stateText()).isEqualTo(state);
    }

    @Test
    void badInputIsOneLineWithItsExitCodeAndWritesNothing() throws Exception {
        tracker.ok("note", MOCKING, "one");
        String state = tracker.stateText();

        assertThat(failsInOneLine(2, "note", MOCKING, "--delete", "0").err()).contains("1 or more");
        assertThat(failsInOneLine(1, "note", MOCKING, "--delete", "2").err()).contains("has 1 note, no note 2");
        assertThat(failsInOneLine(1, "note", MOCKING, "--edit", "3").err()).contains("no note 3");
        assertThat(failsInOneLine(2, "note", MOCKING, "text", "--delete", "1").err()).contains("one of TEXT, --edit and --delete");
        assertThat(failsInOneLine(2, "check", DEFINE, "--note", " ").err()).contains("--note wants the note's text");
        assertThat(failsInOneLine(2, "note", MOCKING, "x".repeat(100_001)).err()).contains("at most 100000 characters");
        assertThat(failsInOneLine(1, "note", "no-such-skill-zzqx", "text").err()).contains("no skill matches");
        tracker.env("EDITOR", null).env("VISUAL", null);
        assertThat(failsInOneLine(2, "note", MOCKING, "--edit", "1").err()).contains("neither is set");
        tracker.env("EDITOR", "false");
        assertThat(failsInOneLine(1, "note", MOCKING, "--edit", "1").err()).contains("the editor (false) exited 1");
        assertThat(tracker.stateText()).isEqualTo(state);
    }

    private Run failsInOneLine(int exit, String... args) {
        Run run = tracker.fails(exit, args);
        assertThat(run.err()).hasLineCount(1);
        return run;
    }
}
