package dev.tracker.state;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.tracker.graph.SkillStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the state file strictly: duplicate keys, trailing content, unknown fields, wrong
 * types and text beyond {@link StateBounds} are errors that name the line and column, never
 * guesses that could lose data.
 */
final class StateJsonReader {
    static final int SCHEMA_VERSION = 2;
    private static final int MAX_MESSAGE_CHARS = 300;

    /**
     * A fault in the file's content, with where it is when known; its message is one line whatever
     * the file holds. Not final: {@link EntryFields.DuplicateField} is one, read again to be named.
     */
    static class StateFormatException extends Exception {
        private final JsonLocation location;

        StateFormatException(String message, JsonLocation location) {
            super(QuotedText.oneLine(message, MAX_MESSAGE_CHARS));
            this.location = location;
        }

        /** A fault Jackson found; a StreamConstraintsException has no location, and then the parser's is the best there is. */
        static StateFormatException of(JsonProcessingException e, JsonParser parser) {
            JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            // Jackson's words name its API and its hidden source: JsonFaultWords says it plainly
            return new StateFormatException(JsonFaultWords.of(e.getOriginalMessage()), location);
        }

        /** "line 3, column 7: " or, where the place is not known, nothing. */
        String place() {
            return location == null || location.getLineNr() < 1 ? ""
                    : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
        }
    }

    private final JsonParser parser;
    /** The object being read; one holder for the whole file. */
    private final EntryFields fields;
    private int version;
    private Progress progress;
    private Map<String, SkillState> writtenSkills;

    private StateJsonReader(JsonParser parser, boolean strictDuplicates) {
        this.parser = parser;
        this.fields = new EntryFields(parser, strictDuplicates);
    }

    static Progress read(String text) throws StateFormatException {
        return readWhole(SchemaVersionReader.read(text), () -> StateBounds.JSON.createParser(text)).progress;
    }

    /**
     * The "skills" map as the file holds it, for doctor to compare with the replay; null for a
     * schema 1 file, whose map is what the migration starts from.
     */
    static Map<String, SkillState> writtenSkills(String text) throws StateFormatException {
        StateJsonReader reader = readWhole(SchemaVersionReader.read(text), () -> StateBounds.JSON.createParser(text));
        return reader.version == 1 ? null : reader.writtenSkills;
    }

    /** As {@link #read(String)}, on UTF-8 bytes already checked well-formed: no decoded copy of the file. */
    static Progress read(byte[] bytes, int from, int to) throws StateFormatException {
        int version = SchemaVersionReader.read(bytes, from, to);
        return readWhole(version, () -> StateBounds.JSON.createParser(bytes, from, to - from)).progress;
    }

    /** A parser over the file's text, made anew for each reading. */
    private interface Source {
        JsonParser parser() throws IOException;
    }

    /**
     * The file read once, with the entries' duplicate fields left to {@link EntryFields} (Jackson's
     * check costs a set for every entry, a third of the reading); should one have a duplicate,
     * it is read again with Jackson's check everywhere, whose fault names the place as it always has.
     */
    private static StateJsonReader readWhole(int version, Source source) throws StateFormatException {
        // Schema migration goes here, and only here: a version 1 file is read by its own rules
        // and turned into schema 2's history (V1Migration); the first write keeps it as state.json.v1.
        assert version == 1 || version == SCHEMA_VERSION : "no migration from schema " + version;
        try {
            return readWhole(version, source, false);
        } catch (EntryFields.DuplicateField e) {
            return readWhole(version, source, true);
        }
    }

    private static StateJsonReader readWhole(int version, Source source, boolean strict) throws StateFormatException {
        try (JsonParser parser = source.parser()) {
            try {
                StateJsonReader reader = new StateJsonReader(parser, strict);
                reader.version = version;
                reader.progress = reader.document(version);
                return reader;
            } catch (JsonProcessingException e) {
                throw StateFormatException.of(e, parser);
            }
        } catch (IOException e) {
            throw new StateFormatException(String.valueOf(e.getMessage()), null);
        }
    }

    private Progress document(int version) throws IOException, StateFormatException {
        expect(parser.nextToken(), JsonToken.START_OBJECT, "the state file must be a JSON object");
        Map<String, SkillState> skills = new LinkedHashMap<>();
        List<HistoryEntry> history = new ArrayList<>();
        List<V1Migration.V1Entry> v1History = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "version":
                    // found by SchemaVersionReader; where it read only the file's end, this is the root's own
                    if (value != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() != version) {
                        throw fault("\"version\" is not the version " + version + " the file ends with");
                    }
                    break;
                case "skills":
                    expect(value, JsonToken.START_OBJECT, "\"skills\" must be an object");
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String id = fields.checked(parser.currentName(), "a skill id", null);
                        parser.nextToken();
                        skills.put(id, skillState());
                    }
                    break;
                case "history":
                    expect(value, JsonToken.START_ARRAY, "\"history\" must be an array");
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        if (version == 1) {
                            v1History.add(v1HistoryEntry());
                        } else {
                            historyEntries(history);
                        }
                    }
                    break;
                default:
                    throw fault("unknown field " + QuotedText.quote(field));
            }
        }
        if (parser.nextToken() != null) {
            throw fault("unexpected content after the end of the state object");
        }
        // schema 2's map is what replaying the history gives; the history is what is read
        writtenSkills = skills;
        return version == 1 ? V1Migration.migrate(skills, v1History) : new Progress(history);
    }

    private SkillState skillState() throws IOException, StateFormatException {
        fields.read("a skill entry", EntryFields.AT | EntryFields.STATUS | EntryFields.TITLE);
        return new SkillState(status(fields.status, "status"), instant(), fields.title == null ? "" : fields.title);
    }

    private V1Migration.V1Entry v1HistoryEntry() throws IOException, StateFormatException {
        fields.read("a history entry", EntryFields.AT | EntryFields.FROM | EntryFields.ID | EntryFields.TO | EntryFields.UNDO);
        String id = require(fields.id, "id");
        return new V1Migration.V1Entry(instant(), id, status(fields.from, "from"), status(fields.to, "to"), fields.undo);
    }

    private static final int V2_FIELDS = EntryFields.AT | EntryFields.CLEARS | EntryFields.CMD | EntryFields.FROM
            | EntryFields.GRADE | EntryFields.ID | EntryFields.IDS | EntryFields.KIND | EntryFields.REF | EntryFields.RETENTION
            | EntryFields.TEXT | EntryFields.TITLE | EntryFields.TO;

    /**
     * One line of the history: an entry, or a `seen` line naming many skills ("ids"), one entry
     * each. The checks that need the whole line run in this order once it ends, and their faults
     * name its end.
     */
    private void historyEntries(List<HistoryEntry> history) throws IOException, StateFormatException {
        EntryFields line = fields;
        line.read("a history entry", V2_FIELDS);
        EntryKind kind = kind(require(line.kind, "kind"));
        String grade = line.grade;
        if (grade != null && !HistoryEntry.GRADES.contains(grade)) {
            throw fault("\"grade\" is " + QuotedText.quote(grade) + "; expected again, hard, good or easy");
        }
        boolean statusKind = kind == EntryKind.STATUS;
        if (kind == EntryKind.REVIEW && grade == null || statusKind && (!line.has(EntryFields.FROM) || !line.has(EntryFields.TO))
                || (kind == EntryKind.NOTE) && !line.has(EntryFields.TEXT)
                || (kind == EntryKind.NOTE_DELETE || kind == EntryKind.REATTACH || kind == EntryKind.UNDO)
                    && !line.has(EntryFields.REF)) {
            throw fault("a " + kind.label() + " entry lacks a field it needs");
        }
        boolean several = line.has(EntryFields.IDS);
        if (several == line.has(EntryFields.ID) || several && kind != EntryKind.SEEN) {
            throw fault("an entry names its skill by \"id\" (a seen entry may name several by \"ids\")");
        }
        Instant at = instant();
        String cmd = require(line.cmd, "cmd");
        SkillStatus from = line.from == null ? null : status(line.from, "from");
        SkillStatus to = line.to == null ? null : status(line.to, "to");
        if (!several) {
            history.add(entry(line, at, cmd, kind, line.id, from, to));
            return;
        }
        for (String id : line.ids) {
            history.add(entry(line, at, cmd, kind, id, from, to));
        }
    }

    private static HistoryEntry entry(EntryFields line, Instant at, String cmd, EntryKind kind, String id, SkillStatus from,
                                      SkillStatus to) {
        return new HistoryEntry(at, cmd, kind, id, from, to, line.clears, line.title, line.grade, line.retention, line.text,
                line.ref);
    }

    private EntryKind kind(String label) throws StateFormatException {
        for (EntryKind kind : KINDS) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw fault("\"kind\" is " + QuotedText.quote(label) + "; expected one of status, review, seen, note, "
                + "note-delete, reattach, undo");
    }

    private static final EntryKind[] KINDS = EntryKind.values();

    /** The status a label names; a file's labels are a few shared strings, and the last one read is known again. */
    private SkillStatus status(String value, String name) throws StateFormatException {
        require(value, name);
        if (value == lastStatusLabel) {
            return lastStatus;
        }
        try {
            lastStatus = SkillStatus.fromLabel(value);
            lastStatusLabel = value;
            return lastStatus;
        } catch (IllegalArgumentException e) {
            throw fault("\"" + name + "\" is " + QuotedText.quote(value) + "; expected todo, in-progress, done or skipped");
        }
    }

    private String lastStatusLabel;
    private SkillStatus lastStatus;

    private Instant instant() throws StateFormatException {
        if (fields.at != null) {
            return fields.at;
        }
        String value = require(fields.atText, "at");
        throw fault("\"at\" is " + QuotedText.quote(value) + "; expected a time like 2026-01-31T09:00:00Z");
    }

    private String require(String value, String name) throws StateFormatException {
        if (value == null) {
            throw fault("an entry has no \"" + name + "\"");
        }
        return value;
    }

    private void expect(JsonToken actual, JsonToken wanted, String message) throws StateFormatException {
        if (actual != wanted) {
            throw fault(message);
        }
    }

    private StateFormatException fault(String message) {
        return new StateFormatException(message, parser.currentLocation());
    }
}
