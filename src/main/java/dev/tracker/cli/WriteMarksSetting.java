package dev.tracker.cli;

import java.util.Map;

/**
 * Whether check, uncheck, start, skip and undo also write the skills' marks into the roadmaps
 * (write-through). Off unless asked for: the markdown is the user's. Read from
 * {@code TRACKER_WRITE_MARKS=1} until there is a config file; its {@code write-marks} key is
 * to feed {@link #of(boolean)}, with the environment winning as it does for every setting.
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

    /** The setting of this run: the environment alone, until the config file exists. */
    static WriteMarksSetting from(Map<String, String> env) {
        return from(env, OFF);
    }
}
