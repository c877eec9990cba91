package dev.tracker.config;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * A config file, read whole and checked: the value of each key it sets and the line that sets
 * it. {@link #NONE} when there is no file; a file that cannot be read whole gives no Config at
 * all (see {@link ConfigFile#read}), so no command runs on half of one.
 *
 * @param file   where it was read (null for none)
 * @param values the checked value of each key set (see {@link ConfigKey#check})
 * @param lines  the 1-based line of each key set (0 when it cannot be told)
 */
public record Config(Path file, Map<ConfigKey, Object> values, Map<ConfigKey, Integer> lines) {
    public static final Config NONE = new Config(null, Map.of(), Map.of());

    public Config {
        values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
        lines = lines.isEmpty() ? Map.of() : new EnumMap<>(lines);
    }

    /** The value of {@code key}, or null when the file does not set it. */
    public Object get(ConfigKey key) {
        return values.get(key);
    }

    /** "config /home/me/.config/tracker/config.toml:3": where {@code key} was set. */
    public String source(ConfigKey key) {
        int line = lines.getOrDefault(key, 0);
        return "config " + file + (line > 0 ? ":" + line : "");
    }
}
