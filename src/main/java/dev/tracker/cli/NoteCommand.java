package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Skill;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.TextNoteRenderer;
import dev.tracker.state.Note;
import dev.tracker.state.Progress;
import dev.tracker.state.StateStore;
import java.time.Instant;
import java.util.List;

/**
 * {@code tracker note}: dated notes on a skill (evidence, a link, the answer to a recall
 * question). Each change is one command of the history, so `undo` reverts it and `log` lists it.
 * An edit replaces the note by a new one of the same date, in one command.
 */
public final class NoteCommand extends ModelledCommand implements Runnable {
    private final Specs.Value<String> query;
    private final Specs.Value<List<String>> text;
    private final Specs.Value<Integer> edit;
    private final Specs.Value<Integer> delete;

    public NoteCommand(TrackerContext context) {
        super(context, "note",
                new String[] {"Keep dated notes on a skill: evidence, a link, an answer.",
                    "With TEXT, adds a note; alone, lists the skill's notes, numbered from 1.",
                    "`show`, `context` and `review` show them; `undo` reverts a change."},
                "  tracker note mocking practised in github.com/me/shop   add a note",
                "  tracker note mocking                                   list its notes",
                "  tracker note mocking --edit 2             edit note 2 in $VISUAL/$EDITOR",
                "  tracker note mocking --edit               write a new note there",
                "  tracker note mocking --delete 1");
        query = Specs.required(spec, "QUERY", "The skill: its id, the end of its id, or words (quoted).");
        text = Specs.wordsAt(spec, "1..*", "TEXT", "The note: the rest of the line.");
        edit = Specs.optionalValue(spec, Integer.class, "N", "0",
                "Edit note N in $VISUAL or $EDITOR; without N, write a new note there.", "--edit");
        delete = Specs.option(spec, Integer.class, "N", "Delete note N.", "--delete");
    }

    @Override
    public void run() {
        String words = String.join(" ", text.get()).strip();
        if ((edit.given() ? 1 : 0) + (delete.given() ? 1 : 0) + (words.isEmpty() ? 0 : 1) > 1) {
            throw new TrackerException(ExitCode.USAGE, "give one of TEXT, --edit and --delete; nothing was changed");
        }
        Skill skill = SkillQueries.resolve(graph(), List.of(query.get()), context.width(), root().interaction().picker()).get(0);
        TextNoteRenderer render = new TextNoteRenderer(context.width(), context.clock().getZone());
        if (delete.given()) {
            int n = delete.get();
            Note[] deleted = new Note[1];
            workspace().store().update(progress -> {
                deleted[0] = numbered(progress, skill, n, "--delete");
                return progress.edit(context.clock().instant()).deleteNote(skill.id(), deleted[0], context.clock().instant()).done();
            });
            print(render.changed("deleted", n, skill.id(), deleted[0]));
        } else if (edit.given()) {
            edit(skill, edit.get(), render);
        } else if (!words.isEmpty()) {
            add(skill, words, render);
        } else {
            print(render.list(skill.id(), progressForReading().notesOf(skill.id())));
        }
    }

    private void add(Skill skill, String words, TextNoteRenderer render) {
        String note = bounded(words);
        Progress after = workspace().store().update(progress -> {
            Instant now = context.clock().instant();
            return progress.edit(now).note(skill.id(), note, now).done();
        });
        List<Note> notes = after.notesOf(skill.id());
        print(render.changed("added", notes.size(), skill.id(), notes.get(notes.size() - 1)));
    }

    /** The editor runs outside the lock; under it, the note is found again by the command that wrote it. */
    private void edit(Skill skill, int n, TextNoteRenderer render) {
        StateStore store = workspace().store();
        Note old = n == 0 ? null : numbered(store.load(), skill, n, "--edit");
        String edited = NoteEditor.edit(context, old == null ? "" : old.text());
        if (edited.isBlank() || old != null && edited.equals(old.text().stripTrailing())) {
            print((edited.isBlank() ? "the note was empty" : "note " + n + " of " + skill.id() + " is unchanged")
                    + "; nothing was written\n");
            return;
        }
        String note = bounded(edited);
        Progress after = store.update(progress -> {
            Instant now = context.clock().instant();
            if (old == null) {
                return progress.edit(now).note(skill.id(), note, now).done();
            }
            if (!progress.notesOf(skill.id()).contains(old)) {
                throw new TrackerException(ExitCode.FAILURE, "note " + n + " of " + skill.id()
                        + " was deleted while you edited it; nothing was changed");
            }
            return progress.edit(now).deleteNote(skill.id(), old, now).note(skill.id(), note, old.at()).done();
        });
        List<Note> notes = after.notesOf(skill.id());
        Note written = notes.stream().filter(x -> x.text().equals(note)).reduce((a, b) -> b).orElseThrow();
        print(render.changed(old == null ? "added" : "edited", notes.indexOf(written) + 1, skill.id(), written));
    }

    private static Note numbered(Progress progress, Skill skill, int n, String option) {
        List<Note> notes = progress.notesOf(skill.id());
        if (n < 1) {
            throw new TrackerException(ExitCode.USAGE, option + " wants a note's number, 1 or more, not " + n);
        }
        if (n > notes.size()) {
            throw new TrackerException(ExitCode.FAILURE, skill.id() + " has " + notes.size()
                    + (notes.size() == 1 ? " note" : " notes") + ", no note " + n
                    + " (tracker note " + skill.id() + " lists them); nothing was changed");
        }
        return notes.get(n - 1);
    }

    /** A note's text as given on the command line (also `check --note`): not empty, within its bound. */
    static String noteText(String given, String where) {
        String note = given.strip();
        if (note.isEmpty()) {
            throw new TrackerException(ExitCode.USAGE, where + " wants the note's text; nothing was changed");
        }
        return bounded(note);
    }

    private static String bounded(String note) {
        if (note.length() > Note.MAX_CHARS) {
            throw new TrackerException(ExitCode.USAGE, "a note holds at most " + Note.MAX_CHARS + " characters, and this one has "
                    + note.length() + "; nothing was changed");
        }
        return note;
    }
}
