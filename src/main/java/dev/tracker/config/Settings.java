package dev.tracker.config;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every setting of a run by one order of precedence: a flag, else an environment variable,
 * else the config file, else the default. The config file is read once, whole, and only when
 * it exists (a run without one pays a single file-system lookup).
 */
public final class Settings {
    /** The flags of the command line that settings have (null or false: not given). */
    public record Flags(Path roadmaps, Path state, String color, boolean ascii) {
        public static final Flags NONE = new Flags(null, null, null, false);
    }

    /** The source of the roadmaps when nothing names any and there is no ./roadmaps. */
    public static final String BUNDLED = "default: the bundled sample";

    private final Map<String, String> env;
    private final Path workingDir;
    private final Flags flags;
    private final Path home;
    private Config config;
    private final List<String> warnings = new ArrayList<>();

    public Settings(Map<String, String> env, Path workingDir, Flags flags) {
        this.env = env;
        this.workingDir = workingDir;
        this.flags = flags;
        this.home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home", ""))).toAbsolutePath();
    }

    /** $XDG_CONFIG_HOME/tracker/config.toml, else ~/.config/tracker/config.toml. */
    public Path configFile() {
        String xdg = env.getOrDefault("XDG_CONFIG_HOME", "").strip();
        Path folder = !xdg.isEmpty() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return folder.resolve("tracker").resolve("config.toml");
    }

    /** The config file, read and checked on first use (a fault: one line, exit 2); {@link Config#NONE} without one. */
    public Config config() {
        if (config == null) {
            Path file = configFile();
            Path cacheFolder = cacheFolder();
            config = !Files.isRegularFile(file) ? Config.NONE
                    : ConfigFile.read(file, cacheFolder == null ? ConfigCache.NONE : ConfigCache.in(cacheFolder));
            String warning = config == Config.NONE ? null : ConfigPermissions.check(file);
            if (warning != null) { // not Optional.ifPresent(warnings::add): a method reference is linked on first use
                warnings.add(warning);
            }
        }
        return config;
    }

    /**
     * The tracker's cache folder (the roadmap cache, the config's): $TRACKER_CACHE ("off" for
     * none), else $XDG_CACHE_HOME/tracker, else ~/.cache/tracker; null for none, and when that is
     * not an absolute path (an empty HOME must not put a cache in the current folder).
     */
    public Path cacheFolder() {
        String fromEnv = env.getOrDefault("TRACKER_CACHE", "").strip();
        if (fromEnv.equals("off")) {
            return null;
        }
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "").strip();
        String homeVariable = env.getOrDefault("HOME", System.getProperty("user.home", "")).strip();
        Path folder = !fromEnv.isEmpty() ? Path.of(fromEnv)
                : !xdg.isEmpty() ? Path.of(xdg, "tracker")
                : Path.of(homeVariable, ".cache", "tracker");
        return folder.isAbsolute() ? folder.normalize() : null;
    }

    /** Warnings about the config file (another owner, writable by others), once it was read. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Where the roadmaps are: one or more folders or files; none for the bundled sample. */
    public Setting<List<Path>> roadmaps() {
        if (flags.roadmaps() != null) {
            return new Setting<>(List.of(resolve(flags.roadmaps())), "--roadmaps");
        }
        String fromEnv = env.getOrDefault("TRACKER_ROADMAPS", "");
        if (!fromEnv.isBlank()) {
            List<Path> paths = new ArrayList<>();
            for (String part : fromEnv.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    paths.add(resolve(Path.of(part)));
                }
            }
            return new Setting<>(List.copyOf(paths), "$TRACKER_ROADMAPS");
        }
        Object configured = config().get(ConfigKey.ROADMAPS);
        if (configured != null) {
            List<Path> paths = new ArrayList<>();
            for (Object path : (List<?>) configured) {
                paths.add(fromConfig((String) path));
            }
            return new Setting<>(List.copyOf(paths), config().source(ConfigKey.ROADMAPS));
        }
        Path local = workingDir.resolve("roadmaps");
        return Files.isDirectory(local) ? new Setting<>(List.of(local), "default: ./roadmaps")
                : new Setting<>(List.of(), BUNDLED);
    }

    /**
     * As {@link #roadmaps()}, where a folder the config names must exist: one line naming the
     * file and line, exit 66. (Flags and variables are checked by the loader, as they always were.)
     */
    public Setting<List<Path>> roadmapsToRead() {
        Setting<List<Path>> roadmaps = roadmaps();
        if (roadmaps.source().startsWith("config ")) {
            for (Path path : roadmaps.value()) {
                if (!Files.exists(path)) {
                    throw new TrackerException(ExitCode.NO_INPUT, roadmaps.source() + ": 'roadmaps' names " + path
                            + ", which does not exist; create it, or point the config elsewhere: "
                            + "tracker config roadmaps DIR");
                }
            }
        }
        return roadmaps;
    }

    /** Whether the folders' subfolders are searched too (config only). */
    public Setting<Boolean> recursive() {
        return fromConfigOr(ConfigKey.RECURSIVE, Boolean.FALSE);
    }

    /** --state, else $TRACKER_STATE, else the config's, else $XDG_DATA_HOME/tracker/state.json, else ~/.local/share/tracker/state.json. */
    public Setting<Path> state() {
        if (flags.state() != null) {
            return new Setting<>(resolve(flags.state()), "--state");
        }
        String fromEnv = env.get("TRACKER_STATE");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Setting<>(resolve(Path.of(fromEnv)), "$TRACKER_STATE");
        }
        Object configured = config().get(ConfigKey.STATE);
        if (configured != null) {
            return new Setting<>(fromConfig((String) configured), config().source(ConfigKey.STATE));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path dataHome = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return new Setting<>(resolve(dataHome.resolve("tracker").resolve("state.json")), "default");
    }

    /** auto, always or never: --color/--no-color, else NO_COLOR (never), else the config's, else auto. */
    public Setting<String> color() {
        if (flags.color() != null) {
            return new Setting<>(flags.color(), flags.color().equals("never") ? "--no-color or --color" : "--color");
        }
        if (env.containsKey("NO_COLOR")) {
            return new Setting<>("never", "$NO_COLOR");
        }
        return fromConfigOr(ConfigKey.COLOR, "auto");
    }

    /** ASCII bars and symbols: --ascii, else a locale that is not UTF-8, else the config's, else false. */
    public Setting<Boolean> ascii() {
        if (flags.ascii()) {
            return new Setting<>(true, "--ascii");
        }
        if (!utf8Locale(env)) {
            return new Setting<>(true, "the locale ($LC_ALL, $LC_CTYPE, $LANG) is not UTF-8");
        }
        return fromConfigOr(ConfigKey.ASCII, Boolean.FALSE);
    }

    /** How many skills `next` lists: --count ({@code flag}, null when not given), else the config's, else {@code fallback}. */
    public Setting<Integer> nextCount(Integer flag, int fallback) {
        if (flag != null) {
            return new Setting<>(flag, "--count");
        }
        return fromConfigOr(ConfigKey.NEXT_COUNT, fallback);
    }

    /** The desired retention of new reviews: $TRACKER_REVIEW_RETENTION (0 < r < 1), else the config's, else 0.9. */
    public Setting<Double> retention() {
        String given = env.getOrDefault("TRACKER_REVIEW_RETENTION", "").strip();
        if (given.isEmpty()) {
            return fromConfigOr(ConfigKey.REVIEW_RETENTION, 0.9);
        }
        try {
            double retention = Double.parseDouble(given);
            if (retention > 0 && retention < 1) {
                return new Setting<>(retention, "$TRACKER_REVIEW_RETENTION");
            }
        } catch (NumberFormatException e) {
            // the one line below
        }
        throw new TrackerException(ExitCode.USAGE, "$TRACKER_REVIEW_RETENTION must be a number between 0 and 1 "
                + "(such as 0.9), not '" + given + "'");
    }

    /** Whether changes write their marks into the markdown too: $TRACKER_WRITE_MARKS=1, else the config's, else false. */
    public Setting<Boolean> writeMarks() {
        String given = env.getOrDefault("TRACKER_WRITE_MARKS", "").strip();
        if (!given.isEmpty()) {
            return new Setting<>(given.equals("1") || given.equalsIgnoreCase("true"), "$TRACKER_WRITE_MARKS");
        }
        return fromConfigOr(ConfigKey.WRITE_MARKS, Boolean.FALSE);
    }

    /** The first day of a week (monday to sunday): the config's, else monday. */
    public Setting<String> weekStart() {
        return fromConfigOr(ConfigKey.WEEK_START, "monday");
    }

    /** The effective setting of {@code key}, as `tracker config` shows it. */
    public Setting<?> of(ConfigKey key, int nextCountDefault) {
        switch (key) {
            case ROADMAPS: return roadmaps();
            case RECURSIVE: return recursive();
            case STATE: return state();
            case COLOR: return color();
            case ASCII: return ascii();
            case NEXT_COUNT: return nextCount(null, nextCountDefault);
            case REVIEW_RETENTION: return retention();
            case WRITE_MARKS: return writeMarks();
            case WEEK_START: return weekStart();
            default: throw new AssertionError(key);
        }
    }

    /** Your home folder (where ~ and a config's relative paths point). */
    public Path home() {
        return home;
    }

    @SuppressWarnings("unchecked")
    private <T> Setting<T> fromConfigOr(ConfigKey key, T fallback) {
        Object configured = config().get(key);
        return configured == null ? new Setting<>(fallback, "default") : new Setting<>((T) configured, config().source(key));
    }

    /** A config's path: ~ is the home folder, and so is the folder a relative path starts from. */
    Path fromConfig(String path) {
        String text = path.strip();
        if (text.equals("~")) {
            return home;
        }
        if (text.startsWith("~/")) {
            text = text.substring(2);
        }
        return home.resolve(text).normalize();
    }

    private Path resolve(Path path) {
        return workingDir.resolve(path).normalize();
    }

    /** The first of LC_ALL, LC_CTYPE, LANG that is set names the character set; none set is the C locale. */
    static boolean utf8Locale(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                String lower = value.toLowerCase(Locale.ROOT);
                return lower.contains("utf-8") || lower.contains("utf8");
            }
        }
        return false;
    }
}
