package dev.tracker.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import dev.tracker.graph.ExitCode;
import dev.tracker.graph.FuzzyMatch;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a config file with jackson-dataformat-toml: the only class of this package that uses
 * Jackson. Its tokens are read through the streaming API (no ObjectMapper, whose start costs
 * tens of milliseconds; the module still builds a node tree of the file inside), and only when
 * a config file exists: a cold first use of the reader still costs 12 to 19 ms, so a file that
 * holds the bytes {@link ConfigCache} kept is not read with it at all. Any fault (TOML syntax, an
 * unknown key, a value the key does not take) is one line naming the file, the line and the
 * key, exit 2: the file is taken whole or not at all.
 */
public final class ConfigFile {
    /** A config is a few lines; a larger file is not one. */
    static final int MAX_BYTES = 1 << 20;

    private ConfigFile() {
    }

    /** The config at {@code file}, checked. */
    public static Config read(Path file) {
        return read(file, ConfigCache.NONE);
    }

    /** The config at {@code file}, checked; from {@code cache} when it kept these very bytes, else kept there. */
    static Config read(Path file, ConfigCache cache) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw fault(file, 0, null, "it is larger than a config file may be (1 MB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot read config file " + file + ": " + e.getMessage(), e);
        }
        Config cached = cache.read(file, bytes);
        if (cached != null) {
            return cached;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw fault(file, 0, null, "it is not UTF-8 text");
        }
        Config config = parse(file, text);
        cache.write(file, bytes, config);
        return config;
    }

    /** The config {@code text} holds, as read from {@code file}. */
    static Config parse(Path file, String text) {
        Map<String, Object> raw = new LinkedHashMap<>();
        try (JsonParser parser = new TomlFactory().createParser(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            parser.nextToken();
            table(parser, "", raw);
        } catch (JsonProcessingException e) {
            String message = String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " ");
            ConfigLines.Assignment twice = message.startsWith("Duplicate key") ? new ConfigLines(text).secondOfAKey() : null;
            if (twice != null) { // the library does not say which key, nor where it was
                throw fault(file, twice.line() + 1, null, "not valid TOML: '" + twice.key() + "' is set twice");
            }
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int lines = text.split("\n", -1).length;
            int at = Math.max(0, Math.min(line, lines));
            ConfigLines.Assignment there = new ConfigLines(text).onLine(at);
            if (there != null) { // the library names the line, not the key set on it
                throw fault(file, at, there.key(), "has a value that is not valid TOML (" + message + ")");
            }
            throw fault(file, at, null, "not valid TOML: " + message);
        } catch (IOException e) {
            throw fault(file, 0, null, "not valid TOML: " + e.getMessage());
        }
        ConfigLines lines = new ConfigLines(text);
        Map<ConfigKey, Object> values = new EnumMap<>(ConfigKey.class);
        Map<ConfigKey, Integer> where = new EnumMap<>(ConfigKey.class);
        for (Map.Entry<String, Object> entry : raw.entrySet()) {
            String name = entry.getKey();
            ConfigKey key = ConfigKey.named(name);
            int line = lines.lineOf(name);
            if (key == null) {
                throw fault(file, line, null, "unknown key '" + name + "'" + nearest(name) + "; the keys are "
                        + String.join(", ", ConfigKey.names()));
            }
            Object value = key.check(entry.getValue());
            if (value == null) {
                throw fault(file, line, name, "wants " + key.wants() + ", not " + shown(entry.getValue()));
            }
            values.put(key, value);
            where.put(key, line);
        }
        return new Config(file, values, where);
    }

    /** The keys of one table, dotted below {@code prefix}; arrays hold their items, nested tables their keys. */
    private static void table(JsonParser parser, String prefix, Map<String, Object> into) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = prefix + parser.currentName();
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT) {
                table(parser, name + ".", into);
            } else {
                into.put(name, value(parser, token));
            }
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_ARRAY:
                List<Object> items = new ArrayList<>();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    items.add(value(parser, item));
                }
                return items;
            case START_OBJECT:
                parser.skipChildren();
                return Map.of();
            case VALUE_TRUE: return Boolean.TRUE;
            case VALUE_FALSE: return Boolean.FALSE;
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? parser.getText() : parser.getLongValue();
            case VALUE_NUMBER_FLOAT: return parser.getDoubleValue();
            default: return parser.getText();
        }
    }

    /** "a table", "\"five\"", "[1, 2]": the value as the message shows it. */
    private static String shown(Object value) {
        if (value instanceof Map) {
            return "a table";
        }
        if (value instanceof List) {
            List<String> items = new ArrayList<>();
            ((List<?>) value).forEach(item -> items.add(shown(item)));
            return "[" + String.join(", ", items) + "]";
        }
        String text = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }

    private static String nearest(String name) {
        for (String key : ConfigKey.names()) {
            if (FuzzyMatch.distance(name, key, 2) <= 2) {
                return " (did you mean '" + key + "'?)";
            }
        }
        return "";
    }

    /** "FILE:LINE: KEY: what" (exit 2). */
    static TrackerException fault(Path file, int line, String key, String what) {
        return new TrackerException(ExitCode.USAGE, "config " + file + (line > 0 ? ":" + line : "") + ": "
                + (key == null ? "" : "'" + key + "' ") + what + "; fix that line, or set it with `tracker config KEY VALUE`");
    }
}
