package dev.tracker.state;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.StateJsonReader.StateFormatException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state file's reader as it was before it read entries in place (main at 76e8002): one map
 * per entry, one HashMap of every string. Kept as the reference the fast {@link StateJsonReader}
 * is held to: the same progress from the same file, the same fault at the same place.
 */
final class ReferenceStateJsonReader {
    private final JsonParser parser;
    private int version;
    private Progress progress;
    private Map<String, SkillState> writtenSkills;
    /** Times already read: the entries of one command share theirs, and Instant.parse is slow on a cold JVM. */
    private final Map<String, Instant> instants = new java.util.HashMap<>();

    /** Strings already read, shared by the entries that repeat them. */
    private final Map<String, String> strings = new java.util.HashMap<>();

    private String shared(String value) {
        String known = strings.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    private ReferenceStateJsonReader(JsonParser parser) {
        this.parser = parser;
    }

    static Progress read(String text) throws StateFormatException {
        return readWhole(text).progress;
    }

    /**
     * The "skills" map as the file holds it, for doctor to compare with the replay; null for a
     * schema 1 file, whose map is what the migration starts from.
     */
    static Map<String, SkillState> writtenSkills(String text) throws StateFormatException {
        ReferenceStateJsonReader reader = readWhole(text);
        return reader.version == 1 ? null : reader.writtenSkills;
    }

    private static ReferenceStateJsonReader readWhole(String text) throws StateFormatException {
        int version = SchemaVersionReader.read(text);
        // Schema migration goes here, and only here: a version 1 file is read by its own rules
        // and turned into schema 2's history (V1Migration); the first write keeps it as state.json.v1.
        assert version == 1 || version == StateJsonReader.SCHEMA_VERSION : "no migration from schema " + version;
        try (JsonParser parser = StateBounds.JSON.createParser(text)) {
            try {
                ReferenceStateJsonReader reader = new ReferenceStateJsonReader(parser);
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

    /** As {@link #read(String)}, on UTF-8 bytes already checked well-formed: no decoded copy of the file. */
    static Progress read(byte[] bytes, int from, int to) throws StateFormatException {
        int version = SchemaVersionReader.read(bytes, from, to);
        try (JsonParser parser = StateBounds.JSON.createParser(bytes, from, to - from)) {
            try {
                return new ReferenceStateJsonReader(parser).document(version);
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
                        String id = text(parser.currentName(), "a skill id");
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
        Map<String, Object> fields = entryObject("a skill entry", Set.of("at", "status", "title"));
        return new SkillState(status(fields, "status"), instant(fields, "at"), (String) fields.getOrDefault("title", ""));
    }

    private V1Migration.V1Entry v1HistoryEntry() throws IOException, StateFormatException {
        Map<String, Object> fields = entryObject("a history entry", Set.of("at", "from", "id", "to", "undo"));
        String id = require(fields, "id");
        return new V1Migration.V1Entry(instant(fields, "at"), id, status(fields, "from"), status(fields, "to"),
                Boolean.TRUE.equals(fields.get("undo")));
    }

    /** One line of the history: an entry, or a `seen` line naming many skills ("ids"), one entry each. */
    private void historyEntries(List<HistoryEntry> history) throws IOException, StateFormatException {
        Map<String, Object> fields = entryObject("a history entry", V2_FIELDS);
        String kindLabel = require(fields, "kind");
        EntryKind kind;
        try {
            kind = EntryKind.fromLabel(kindLabel);
        } catch (IllegalArgumentException e) {
            throw fault("\"kind\" is " + QuotedText.quote(kindLabel) + "; expected one of status, review, seen, note, "
                    + "note-delete, reattach, undo");
        }
        String grade = (String) fields.get("grade");
        if (grade != null && !HistoryEntry.GRADES.contains(grade)) {
            throw fault("\"grade\" is " + QuotedText.quote(grade) + "; expected again, hard, good or easy");
        }
        boolean statusKind = kind == EntryKind.STATUS;
        if (kind == EntryKind.REVIEW && grade == null || statusKind && (!fields.containsKey("from") || !fields.containsKey("to"))
                || (kind == EntryKind.NOTE) && !fields.containsKey("text")
                || (kind == EntryKind.NOTE_DELETE || kind == EntryKind.REATTACH || kind == EntryKind.UNDO)
                    && !fields.containsKey("ref")) {
            throw fault("a " + kind.label() + " entry lacks a field it needs");
        }
        Object retention = fields.getOrDefault("retention", 0.0);
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) fields.get("ids");
        if ((ids != null) == fields.containsKey("id") || ids != null && kind != EntryKind.SEEN) {
            throw fault("an entry names its skill by \"id\" (a seen entry may name several by \"ids\")");
        }
        Instant at = instant(fields, "at");
        String cmd = require(fields, "cmd");
        for (String id : ids != null ? ids : List.of(require(fields, "id"))) {
            history.add(new HistoryEntry(at, cmd, kind, id,
                    fields.containsKey("from") ? status(fields, "from") : null, fields.containsKey("to") ? status(fields, "to") : null,
                    Boolean.TRUE.equals(fields.get("clears")), (String) fields.get("title"), grade, (Double) retention,
                    (String) fields.get("text"), (String) fields.get("ref")));
        }
    }

    private static final Set<String> V2_FIELDS = Set.of("at", "clears", "cmd", "from", "grade", "id", "ids", "kind", "ref",
            "retention", "text", "title", "to");

    /**
     * An entry's fields: strings, except "undo", a boolean. A field this tracker does not know
     * is refused: a newer tracker's data would otherwise be dropped on the next write.
     */
    private Map<String, Object> entryObject(String what, Set<String> known) throws IOException, StateFormatException {
        expect(parser.currentToken(), JsonToken.START_OBJECT, what + " must be an object");
        Map<String, Object> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (!known.contains(name)) {
                throw fault("unknown field " + QuotedText.quote(name) + " in " + what);
            }
            JsonToken value = parser.nextToken();
            if (fields.containsKey(name)) {
                throw fault("duplicate field " + QuotedText.quote(name) + " in " + what);
            }
            if (name.equals("undo") || name.equals("clears")) {
                if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                    throw fault("\"" + name + "\" in " + what + " must be true or false");
                }
                fields.put(name, value == JsonToken.VALUE_TRUE);
            } else if (name.equals("ids")) {
                expect(value, JsonToken.START_ARRAY, "\"ids\" in " + what + " must be a list of skill ids");
                List<String> ids = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    expect(parser.currentToken(), JsonToken.VALUE_STRING, "\"ids\" in " + what + " must hold strings");
                    ids.add(shared(text(parser.getText(), "an id in \"ids\"")));
                }
                if (ids.isEmpty()) {
                    throw fault("\"ids\" in " + what + " is empty");
                }
                fields.put(name, ids);
            } else if (name.equals("retention")) {
                if (value != JsonToken.VALUE_NUMBER_FLOAT && value != JsonToken.VALUE_NUMBER_INT) {
                    throw fault("\"retention\" in " + what + " must be a number");
                }
                double retention = parser.getDoubleValue();
                if (!(retention > 0 && retention < 1)) {
                    throw fault("\"retention\" in " + what + " must be between 0 and 1, not " + retention);
                }
                fields.put(name, retention);
            } else {
                expect(value, JsonToken.VALUE_STRING, "\"" + name + "\" in " + what + " must be a string");
                String read = text(parser.getText(), "\"" + name + "\" in " + what);
                // ids, titles, times and command ids repeat across a history: one string each keeps a large file in a small heap
                fields.put(name, name.equals("text") ? read : shared(read));
            }
        }
        return fields;
    }

    private SkillStatus status(Map<String, Object> fields, String name) throws StateFormatException {
        String value = require(fields, name);
        try {
            return SkillStatus.fromLabel(value);
        } catch (IllegalArgumentException e) {
            throw fault("\"" + name + "\" is " + QuotedText.quote(value) + "; expected todo, in-progress, done or skipped");
        }
    }

    private Instant instant(Map<String, Object> fields, String name) throws StateFormatException {
        String value = require(fields, name);
        Instant known = instants.get(value);
        if (known != null) {
            return known;
        }
        try {
            Instant parsed = Instant.parse(value); // what IsoInstant promises to equal
            instants.put(value, parsed);
            return parsed;
        } catch (DateTimeParseException e) {
            throw fault("\"" + name + "\" is " + QuotedText.quote(value) + "; expected a time like 2026-01-31T09:00:00Z");
        }
    }

    private String require(Map<String, Object> fields, String name) throws StateFormatException {
        String value = (String) fields.get(name);
        if (value == null) {
            throw fault("an entry has no \"" + name + "\"");
        }
        return value;
    }

    /**
     * Text as read, refused when it holds a lone surrogate (an escape such as \\ud800 alone):
     * that is not Unicode text, and it could not be written back as UTF-8 unchanged.
     */
    private String text(String value, String what) throws StateFormatException {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw fault(what + " holds a lone surrogate " + String.format("\\u%04x", (int) c) + ", which is not text");
            }
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
