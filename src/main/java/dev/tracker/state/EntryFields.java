package dev.tracker.state;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tracker.state.StateJsonReader.StateFormatException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of one object of the state file (a skill entry, a history entry), read in place
 * and kept in this one holder from object to object: no map, no boxed value and no string for
 * a value already read (ids, titles and labels come from {@link SharedText}; a time or command
 * id that repeats the previous entry's is taken from it). Strict as the file is: unknown fields,
 * wrong types and lone surrogates are faults where they stand; what needs the whole object is
 * checked by its reader ({@link StateJsonReader}) once the object ends.
 */
final class EntryFields {
    /** One bit a field; an object's kind allows some of them. */
    static final int AT = 1, CLEARS = 1 << 1, CMD = 1 << 2, FROM = 1 << 3, GRADE = 1 << 4, ID = 1 << 5, IDS = 1 << 6,
            KIND = 1 << 7, REF = 1 << 8, RETENTION = 1 << 9, STATUS = 1 << 10, TEXT = 1 << 11, TITLE = 1 << 12, TO = 1 << 13,
            UNDO = 1 << 14;

    private final JsonParser parser;
    private final SharedText shared = new SharedText();
    /** The previous object's time and command id, which the entries of one command repeat. */
    private final RepeatedText lastAt = new RepeatedText();
    private final RepeatedText lastCmd = new RepeatedText();
    private Instant lastInstant;
    private final RepeatedText lastRetention = new RepeatedText();
    private double lastRetentionValue;

    // the object just read: the fields it has (bits), and their values (null or false or 0 when absent)
    int present;
    String cmd, from, grade, id, kind, ref, status, text, title, to;
    /** The time "at" gives; null with {@link #atText} set when it is not one. */
    Instant at;
    String atText;
    boolean clears, undo;
    double retention;
    /** A seen entry's skills; the same list for every object, emptied at its start. */
    final List<String> ids = new ArrayList<>();

    /** Jackson's duplicate check kept on in the entries, or left to this class (which then throws {@link DuplicateField}). */
    private final boolean strictDuplicates;

    EntryFields(JsonParser parser, boolean strictDuplicates) {
        this.parser = parser;
        this.strictDuplicates = strictDuplicates;
    }

    /** An object holds a field twice: the file is to be read again with Jackson's check, whose fault names the place. */
    static final class DuplicateField extends StateFormatException {
        DuplicateField(String message, JsonLocation location) {
            super(message, location);
        }
    }

    boolean has(int field) {
        return (present & field) != 0;
    }

    /** Reads the object at the parser's current token, allowing the fields {@code known}; {@code what} names it in faults. */
    void read(String what, int known) throws IOException, StateFormatException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw fault(what + " must be an object");
        }
        if (!strictDuplicates) {
            // this object's own context: the maps that hold entries (skill ids) keep Jackson's check
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        }
        present = 0;
        cmd = from = grade = id = kind = ref = status = text = title = to = atText = null;
        at = null;
        clears = undo = false;
        retention = 0;
        ids.clear();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int field = bit(name);
            if ((field & known) == 0) {
                throw fault("unknown field " + QuotedText.quote(name) + " in " + what);
            }
            JsonToken value = parser.nextToken();
            if (has(field)) {
                throw new DuplicateField("duplicate field " + QuotedText.quote(name) + " in " + what, parser.currentLocation());
            }
            present |= field;
            switch (field) {
                case UNDO, CLEARS -> {
                    if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                        throw fault("\"" + name + "\" in " + what + " must be true or false");
                    }
                    undo |= field == UNDO && value == JsonToken.VALUE_TRUE;
                    clears |= field == CLEARS && value == JsonToken.VALUE_TRUE;
                }
                case IDS -> readIds(what, value);
                case RETENTION -> readRetention(what, value);
                default -> readText(name, field, what, value);
            }
        }
    }

    private void readIds(String what, JsonToken value) throws IOException, StateFormatException {
        if (value != JsonToken.START_ARRAY) {
            throw fault("\"ids\" in " + what + " must be a list of skill ids");
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw fault("\"ids\" in " + what + " must hold strings");
            }
            ids.add(shared(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength(), "an id in \"ids\"", null));
        }
        if (ids.isEmpty()) {
            throw fault("\"ids\" in " + what + " is empty");
        }
    }

    private void readRetention(String what, JsonToken value) throws IOException, StateFormatException {
        if (value != JsonToken.VALUE_NUMBER_FLOAT && value != JsonToken.VALUE_NUMBER_INT) {
            throw fault("\"retention\" in " + what + " must be a number");
        }
        // a history repeats one or two retentions: the number of the same text as the last is that number
        if (lastRetention.is(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())) {
            retention = lastRetentionValue;
            return;
        }
        retention = parser.getDoubleValue();
        if (!(retention > 0 && retention < 1)) {
            throw fault("\"retention\" in " + what + " must be between 0 and 1, not " + retention);
        }
        lastRetention.set(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength(), null);
        lastRetentionValue = retention;
    }

    private void readText(String name, int field, String what, JsonToken value) throws IOException, StateFormatException {
        if (value != JsonToken.VALUE_STRING) {
            throw fault("\"" + name + "\" in " + what + " must be a string");
        }
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        switch (field) {
            case AT -> readAt(chars, offset, length, name, what);
            case CMD -> cmd = repeated(lastCmd, chars, offset, length, name, what);
            case TEXT -> text = text(chars, offset, length, name, what);
            case REF -> ref = text(chars, offset, length, name, what);
            default -> {
                String read = shared(chars, offset, length, name, what);
                switch (field) {
                    case FROM -> from = read;
                    case GRADE -> grade = read;
                    case ID -> id = read;
                    case KIND -> kind = read;
                    case STATUS -> status = read;
                    case TITLE -> title = read;
                    default -> to = read;
                }
            }
        }
    }

    /** "at": the previous entry's time when it is the same text, else the time it spells (or, when checked, a fault). */
    private void readAt(char[] chars, int offset, int length, String name, String what) throws StateFormatException {
        if (lastAt.is(chars, offset, length)) {
            at = lastInstant;
            return;
        }
        String checked = hasSurrogate(chars, offset, length) ? checked(new String(chars, offset, length), name, what) : null;
        try {
            at = IsoInstant.parse(chars, offset, length);
            lastAt.set(chars, offset, length, null);
            lastInstant = at;
        } catch (DateTimeParseException e) {
            atText = checked != null ? checked : new String(chars, offset, length);
        }
    }

    /** The string the characters spell, one instance for all its occurrences; checked when first seen. */
    private String shared(char[] chars, int offset, int length, String name, String what) throws StateFormatException {
        String known = shared.find(chars, offset, length);
        if (known != null) {
            return known;
        }
        String read = text(chars, offset, length, name, what);
        shared.add(read);
        return read;
    }

    private String repeated(RepeatedText last, char[] chars, int offset, int length, String name, String what)
            throws StateFormatException {
        if (last.is(chars, offset, length)) {
            return last.text;
        }
        String read = text(chars, offset, length, name, what);
        last.set(chars, offset, length, read);
        return read;
    }

    /** The string of the characters, {@link #checked} where they hold a surrogate at all (most text holds none). */
    private String text(char[] chars, int offset, int length, String name, String what) throws StateFormatException {
        String text = new String(chars, offset, length);
        return hasSurrogate(chars, offset, length) ? checked(text, name, what) : text;
    }

    /**
     * Text as read, refused when it holds a lone surrogate (an escape such as \\ud800 alone):
     * that is not Unicode text, and it could not be written back as UTF-8 unchanged. The fault
     * names {@code name} "in" {@code what}, or {@code name} alone when {@code what} is null.
     */
    String checked(String value, String name, String what) throws StateFormatException {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw fault((what == null ? name : "\"" + name + "\" in " + what) + " holds a lone surrogate "
                        + String.format("\\u%04x", (int) c) + ", which is not text");
            }
        }
        return value;
    }

    private static boolean hasSurrogate(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (Character.isSurrogate(chars[i])) {
                return true;
            }
        }
        return false;
    }

    private static int bit(String name) {
        return switch (name) {
            case "at" -> AT;
            case "clears" -> CLEARS;
            case "cmd" -> CMD;
            case "from" -> FROM;
            case "grade" -> GRADE;
            case "id" -> ID;
            case "ids" -> IDS;
            case "kind" -> KIND;
            case "ref" -> REF;
            case "retention" -> RETENTION;
            case "status" -> STATUS;
            case "text" -> TEXT;
            case "title" -> TITLE;
            case "to" -> TO;
            case "undo" -> UNDO;
            default -> 0;
        };
    }

    StateFormatException fault(String message) {
        return new StateFormatException(message, parser.currentLocation());
    }

    /** The last text read of a field, and its characters, to know it again without a new string. */
    private static final class RepeatedText {
        private char[] chars = new char[32];
        private int length = -1;
        private String text;

        boolean is(char[] buffer, int offset, int length) {
            return length == this.length && Arrays.equals(chars, 0, length, buffer, offset, offset + length);
        }

        void set(char[] buffer, int offset, int length, String text) {
            if (chars.length < length) {
                chars = new char[length];
            }
            System.arraycopy(buffer, offset, chars, 0, length);
            this.length = length;
            this.text = text;
        }
    }
}
