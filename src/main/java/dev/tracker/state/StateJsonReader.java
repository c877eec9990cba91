package dev.tracker.state;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.tracker.graph.SkillStatus;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the state file strictly: duplicate keys, trailing content, unknown fields and wrong
 * types are errors that name the line and column, never guesses that could lose data.
 */
final class StateJsonReader {
    static final int SCHEMA_VERSION = 1;
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** A fault in the file's content, with where it is. */
    static final class StateFormatException extends Exception {
        final JsonLocation location;

        StateFormatException(String message, JsonLocation location) {
            super(message);
            this.location = location;
        }
    }

    private final JsonParser parser;

    private StateJsonReader(JsonParser parser) {
        this.parser = parser;
    }

    static Progress read(String text) throws StateFormatException {
        try (JsonParser parser = JSON.createParser(text)) {
            return new StateJsonReader(parser).document();
        } catch (JsonProcessingException e) {
            throw new StateFormatException(e.getOriginalMessage(), e.getLocation());
        } catch (IOException e) {
            throw new StateFormatException(e.getMessage(), null);
        }
    }

    private Progress document() throws IOException, StateFormatException {
        expect(parser.nextToken(), JsonToken.START_OBJECT, "the state file must be a JSON object");
        Integer version = null;
        Map<String, SkillState> skills = new LinkedHashMap<>();
        List<HistoryEntry> history = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "version":
                    expect(value, JsonToken.VALUE_NUMBER_INT, "\"version\" must be a whole number");
                    version = parser.getIntValue();
                    if (version < 1) {
                        throw fault("schema version " + version + " is not valid; versions start at 1");
                    }
                    if (version > SCHEMA_VERSION) {
                        throw fault("schema version " + version + " is newer than this tracker reads (" + SCHEMA_VERSION
                                + "); update the tracker");
                    }
                    break;
                case "skills":
                    expect(value, JsonToken.START_OBJECT, "\"skills\" must be an object");
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String id = parser.currentName();
                        parser.nextToken();
                        skills.put(id, skillState());
                    }
                    break;
                case "history":
                    expect(value, JsonToken.START_ARRAY, "\"history\" must be an array");
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        history.add(historyEntry());
                    }
                    break;
                default:
                    throw fault("unknown field \"" + field + "\"");
            }
        }
        if (version == null) {
            throw fault("no \"version\" field");
        }
        if (parser.nextToken() != null) {
            throw fault("unexpected content after the end of the state object");
        }
        return new Progress(skills, history);
    }

    private SkillState skillState() throws IOException, StateFormatException {
        Map<String, Object> fields = entryObject("a skill entry", Set.of("at", "status", "title"));
        return new SkillState(status(fields, "status"), instant(fields, "at"), (String) fields.getOrDefault("title", ""));
    }

    private HistoryEntry historyEntry() throws IOException, StateFormatException {
        Map<String, Object> fields = entryObject("a history entry", Set.of("at", "from", "id", "to", "undo"));
        String id = require(fields, "id");
        return new HistoryEntry(instant(fields, "at"), id, status(fields, "from"), status(fields, "to"),
                Boolean.TRUE.equals(fields.get("undo")));
    }

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
                throw fault("unknown field \"" + name + "\" in " + what);
            }
            JsonToken value = parser.nextToken();
            if (name.equals("undo")) {
                if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                    throw fault("\"undo\" in " + what + " must be true or false");
                }
                fields.put(name, value == JsonToken.VALUE_TRUE);
            } else {
                expect(value, JsonToken.VALUE_STRING, "\"" + name + "\" in " + what + " must be a string");
                fields.put(name, parser.getText());
            }
        }
        return fields;
    }

    private SkillStatus status(Map<String, Object> fields, String name) throws StateFormatException {
        String value = require(fields, name);
        try {
            return SkillStatus.fromLabel(value);
        } catch (IllegalArgumentException e) {
            throw fault("\"" + name + "\" is \"" + value + "\"; expected todo, in-progress, done or skipped");
        }
    }

    private Instant instant(Map<String, Object> fields, String name) throws StateFormatException {
        String value = require(fields, name);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw fault("\"" + name + "\" is \"" + value + "\"; expected a time like 2026-01-31T09:00:00Z");
        }
    }

    private String require(Map<String, Object> fields, String name) throws StateFormatException {
        String value = (String) fields.get(name);
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
