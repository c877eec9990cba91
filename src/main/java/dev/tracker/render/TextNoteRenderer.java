package dev.tracker.render;

import dev.tracker.state.Note;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * `tracker note` as text: a skill's notes numbered from 1, oldest first (the numbers
 * `--edit N` and `--delete N` take), each dated, its lines indented under the first.
 */
public final class TextNoteRenderer {
    private static final String INDENT = "  ";

    private final int width;
    private final DateTimeFormatter day;

    public TextNoteRenderer(int width, ZoneId zone) {
        this.width = width;
        this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
    }

    /** "ID: 2 notes", then each; none: how to add one. */
    public String list(String skillId, List<Note> notes) {
        if (notes.isEmpty()) {
            return Text.cut("no notes on " + skillId, width) + "\n  add one with: tracker note QUERY TEXT\n";
        }
        StringBuilder out = new StringBuilder(Text.cut(skillId + ": " + notes.size() + (notes.size() == 1 ? " note" : " notes"),
                width)).append('\n');
        for (int i = 0; i < notes.size(); i++) {
            out.append(note(i + 1, notes.get(i)));
        }
        return out.toString();
    }

    /** "added note 2 to ID", "deleted note 1 of ID", …: what a change did, then the note it concerns. */
    public String changed(String verb, int number, String skillId, Note note) {
        return Text.cut(verb + " note " + number + (verb.equals("added") ? " to " : " of ") + skillId, width) + "\n"
                + note(number, note);
    }

    /** One note: "  2  2026-11-21  its text", wrapped under its first line (it is the point of listing them). */
    public String note(int number, Note note) {
        String head = INDENT + number + "  " + day.format(note.at()) + "  ";
        String pad = " ".repeat(head.length());
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (String line : note.text().lines().toList()) {
            List<String> wrapped = line.isBlank() ? List.of("") : TextShowRenderer.wrap(line, Math.max(20, width - head.length()));
            for (String part : wrapped) {
                out.append(((first ? head : pad) + part).stripTrailing()).append('\n');
                first = false;
            }
        }
        return out.toString();
    }
}
