package dev.tracker.state;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.tracker.state.StateJsonReader.StateFormatException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first of the two passes over a state file: only the top-level "version", every other
 * value skipped (within the nesting bound). It runs first so that a file from a newer tracker
 * is reported as newer, not as the fields this tracker does not know, and so that the version
 * is known before any entry is read.
 */
final class SchemaVersionReader {
    private SchemaVersionReader() {
    }

    /** The file's schema version, one this tracker reads: 1 to {@link StateJsonReader#SCHEMA_VERSION}. */
    static int read(String text) throws StateFormatException {
        int tail = writtenTail(text);
        if (tail > 0) {
            return tail;
        }
        try (JsonParser parser = StateBounds.JSON.createParser(text)) {
            try {
                return version(parser);
            } catch (JsonProcessingException e) {
                throw StateFormatException.of(e, parser);
            }
        } catch (IOException e) {
            throw new StateFormatException(String.valueOf(e.getMessage()), null);
        }
    }

    /** As {@link #read(String)}, on UTF-8 bytes. */
    static int read(byte[] bytes, int from, int to) throws StateFormatException {
        int start = Math.max(from, to - 64);
        int tail = writtenTail(new String(bytes, start, to - start, java.nio.charset.StandardCharsets.ISO_8859_1));
        if (tail > 0) {
            return tail;
        }
        try (JsonParser parser = StateBounds.JSON.createParser(bytes, from, to - from)) {
            try {
                return version(parser);
            } catch (JsonProcessingException e) {
                throw StateFormatException.of(e, parser);
            }
        } catch (IOException e) {
            throw new StateFormatException(String.valueOf(e.getMessage()), null);
        }
    }

    private static int version(JsonParser parser) throws IOException, StateFormatException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw fault(parser, "the state file must be a JSON object");
        }
        Integer version = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!field.equals("version")) {
                parser.skipChildren();
                continue;
            }
            if (value != JsonToken.VALUE_NUMBER_INT) {
                throw fault(parser, "\"version\" must be a whole number");
            }
            version = parser.getIntValue();
            if (version < 1) {
                throw fault(parser, "schema version " + version + " is not valid; versions start at 1");
            }
            if (version > StateJsonReader.SCHEMA_VERSION) {
                throw fault(parser, "schema version " + version + " is newer than this tracker reads ("
                        + StateJsonReader.SCHEMA_VERSION + "); update the tracker");
            }
        }
        if (version == null) {
            throw fault(parser, "no \"version\" field");
        }
        return version;
    }

    /**
     * The version of a file that ends as the tracker writes one ({@code , "version": 2 }): in a
     * well-formed file that key is the root's, so the scan of many megabytes can be skipped.
     * The strict reader then checks that the file is well-formed, that the root has no second
     * "version", and that its "version" is this one. 0 when the end is not of that form.
     */
    private static int writtenTail(String text) {
        Matcher end = WRITTEN_TAIL.matcher(text.substring(Math.max(0, text.length() - 64)));
        return end.find() ? end.group(1).charAt(0) - '0' : 0;
    }

    private static final Pattern WRITTEN_TAIL = Pattern.compile(",[ \\t\\r\\n]*\"version\"[ \\t\\r\\n]*:[ \\t\\r\\n]*([12])"
            + "[ \\t\\r\\n]*}[ \\t\\r\\n]*$");

    private static StateFormatException fault(JsonParser parser, String message) {
        return new StateFormatException(message, parser.currentLocation());
    }
}
