package dev.tracker.cli;

import java.util.Map;

/**
 * Whether check, uncheck, start, skip and undo also write the skills' marks into the roadmaps
 * (write-through). Off unless asked for: the markdown is the user's. {@code TRACKER_WRITE_MARKS}
 * wins, as the environment does for every setting; else the config file's {@code write-marks}.
 */
record WriteMarksSetting(boolean enabled) {
    static final String VARIABLE = "TRACKER_WRITE_MARKS";
    static final WriteMarksSetting OFF = new WriteMarksSetting(false);

    static WriteMarksSetting of(boolean enabled) {
        return new WriteMarksSetting(enabled);
    }

    /** {@code 1}, {@code true}, {@code yes} or {@code on} turn it on, {@code 0}, {@code false}… off; unset: {@code fallback}. */
    static WriteMarksSetting from(Map<String, String> env, WriteMarksSetting fallback) {
        String value = env.getOrDefault(VARIABLE, "").strip().toLowerCase(java.util.Locale.ROOT);
        switch (value) {
            case "1": case "true": case "yes": case "on": return of(true);
            case "0": case "false": case "no": case "off": return OFF;
            default: return fallback;
        }
    }

    /** The environment alone (tests of its words). */
    static WriteMarksSetting from(Map<String, String> env) {
        return from(env, OFF);
    }

    /** The setting of this run: the environment, else the config file's {@code write-marks}, else off. */
    static WriteMarksSetting from(Map<String, String> env, dev.tracker.config.Settings settings) {
        return from(env, of(Boolean.TRUE.equals(settings.writeMarks().value())));
    }
}
