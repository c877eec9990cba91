package dev.tracker.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The keys a config file may set, each with the values it takes. A value is checked here,
 * whether it comes from the file or from {@code tracker config KEY VALUE}; the message of a
 * refusal says what the key wants.
 */
public enum ConfigKey {
    ROADMAPS("roadmaps", "a folder or file of roadmaps, or a list of them (~ is your home)"),
    RECURSIVE("recursive", "true or false: look for roadmaps in the folders' subfolders too"),
    STATE("state", "the state file (~ is your home)"),
    COLOR("color", "auto, always or never"),
    ASCII("ascii", "true or false: ASCII bars and symbols"),
    NEXT_COUNT("next.count", "how many skills `next` lists: a whole number from 1 to 1000"),
    REVIEW_RETENTION("review.retention", "the desired retention of reviews: a number between 0 and 1, such as 0.9"),
    WRITE_MARKS("write-marks", "true or false: write each change's mark into the markdown too"),
    WEEK_START("week-start", "the first day of a week: monday to sunday");

    static final List<String> DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private final String key;
    private final String wants;

    ConfigKey(String key, String wants) {
        this.key = key;
        this.wants = wants;
    }

    /** The key as the file spells it. */
    public String key() {
        return key;
    }

    /** What the key takes, for messages and `tracker config`. */
    public String wants() {
        return wants;
    }

    /** The key spelt {@code name}, or null. */
    public static ConfigKey named(String name) {
        for (ConfigKey candidate : values()) {
            if (candidate.key.equals(name)) {
                return candidate;
            }
        }
        return null;
    }

    /** Every key, in the order `tracker config` lists them. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (ConfigKey candidate : values()) {
            names.add(candidate.key);
        }
        return names;
    }

    /**
     * The value as the tracker uses it (String, List of String, Boolean, Integer, Double), from
     * what the TOML reader gave; null when it is not one this key takes.
     */
    Object check(Object raw) {
        switch (this) {
            case ROADMAPS:
                if (raw instanceof String && !((String) raw).isBlank()) {
                    return List.of((String) raw);
                }
                if (raw instanceof List && !((List<?>) raw).isEmpty()) {
                    List<String> paths = new ArrayList<>();
                    for (Object item : (List<?>) raw) {
                        if (!(item instanceof String) || ((String) item).isBlank()) {
                            return null;
                        }
                        paths.add((String) item);
                    }
                    return List.copyOf(paths);
                }
                return null;
            case STATE:
                return raw instanceof String && !((String) raw).isBlank() ? raw : null;
            case RECURSIVE: case ASCII: case WRITE_MARKS:
                return raw instanceof Boolean ? raw : null;
            case COLOR:
                return raw instanceof String && List.of("auto", "always", "never").contains(raw) ? raw : null;
            case NEXT_COUNT:
                return raw instanceof Long && (Long) raw >= 1 && (Long) raw <= 1000 ? Integer.valueOf(((Long) raw).intValue()) : null;
            case REVIEW_RETENTION:
                double retention = raw instanceof Double ? (Double) raw : raw instanceof Long ? (Long) raw : -1;
                return retention > 0 && retention < 1 ? Double.valueOf(retention) : null;
            case WEEK_START:
                return raw instanceof String && DAYS.contains(((String) raw).toLowerCase(Locale.ROOT))
                        ? ((String) raw).toLowerCase(Locale.ROOT) : null;
            default:
                throw new AssertionError(this);
        }
    }

    /** Whether the key takes a string (quoted in the file) rather than a boolean or a number. */
    boolean textual() {
        return this == ROADMAPS || this == STATE || this == COLOR || this == WEEK_START;
    }
}
