package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.roadmap.LoadedRoadmaps;
import dev.tracker.roadmap.RoadmapCache;
import dev.tracker.roadmap.RoadmapLoader;
import dev.tracker.state.Progress;
import dev.tracker.state.StateStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the roadmaps and the state file are, by the documented order of precedence, and
 * the skill graph loaded from them (once per command).
 */
final class Workspace {
    private final TrackerContext context;
    private final Path stateOption;
    private final Path roadmapsOption;
    private SkillGraph graph;
    private java.util.List<String> roadmapWarnings = java.util.List.of();
    private LoadedRoadmaps loaded;

    Workspace(TrackerContext context, Path stateOption, Path roadmapsOption) {
        this.context = context;
        this.stateOption = stateOption;
        this.roadmapsOption = roadmapsOption;
    }

    /** --state, else $TRACKER_STATE, else $XDG_DATA_HOME/tracker/state.json, else ~/.local/share/tracker/state.json. */
    Path stateFile() {
        if (stateOption != null) {
            return resolve(stateOption);
        }
        String fromEnv = context.env().get("TRACKER_STATE");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return resolve(Path.of(fromEnv));
        }
        String xdg = context.env().get("XDG_DATA_HOME");
        Path dataHome = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(context.env().getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
        return resolve(dataHome.resolve("tracker").resolve("state.json"));
    }

    /** --roadmaps, else $TRACKER_ROADMAPS, else ./roadmaps when it exists, else null for the bundled set. */
    Path roadmapsLocation() {
        RoadmapsLocationCheck.refuseEmpty(roadmapsOption);
        if (roadmapsOption != null) {
            return resolve(roadmapsOption);
        }
        String fromEnv = context.env().get("TRACKER_ROADMAPS");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return resolve(Path.of(fromEnv));
        }
        Path local = context.workingDir().resolve("roadmaps");
        return Files.isDirectory(local) ? local : null;
    }

    /**
     * $TRACKER_CACHE ("off" for none), else $XDG_CACHE_HOME/tracker, else ~/.cache/tracker; none
     * when that is not an absolute path (an empty HOME must not put a cache in the current folder).
     */
    RoadmapCache roadmapCache() {
        String fromEnv = context.env().getOrDefault("TRACKER_CACHE", "").strip();
        if (fromEnv.equals("off")) {
            return RoadmapCache.NONE;
        }
        String xdg = context.env().getOrDefault("XDG_CACHE_HOME", "").strip();
        String home = context.env().getOrDefault("HOME", System.getProperty("user.home", "")).strip();
        Path folder = !fromEnv.isEmpty() ? Path.of(fromEnv)
                : !xdg.isEmpty() ? Path.of(xdg, "tracker")
                : Path.of(home, ".cache", "tracker");
        return folder.isAbsolute() ? RoadmapCache.in(folder.normalize()) : RoadmapCache.NONE;
    }

    SkillGraph graph() {
        if (graph == null) {
            Path location = roadmapsLocation();
            RoadmapCache cache = roadmapCache();
            java.util.List<String> warnings = new java.util.ArrayList<>();
            if (location != null) {
                RoadmapsLocationCheck.fileWarning(location).ifPresent(warnings::add);
            }
            LoadedRoadmaps loaded;
            try {
                loaded = location == null ? RoadmapLoader.readBundled(cache) : RoadmapLoader.read(location, cache);
            } catch (TrackerException e) {
                throw RoadmapsLocationCheck.withSubfolders(e, location);
            }
            this.loaded = loaded;
            warnings.addAll(loaded.warnings());
            for (Roadmap roadmap : loaded.roadmaps()) {
                if (roadmap.notices().isEmpty()) {
                    continue;
                }
                // what the parser read otherwise than the author may have meant, named by the file's path
                Path file = location == null ? Path.of(roadmap.file())
                        : Files.isDirectory(location) ? location.resolve(roadmap.file()) : location;
                roadmap.notices().forEach(notice -> warnings.add(file + ": " + notice));
            }
            roadmapWarnings = java.util.List.copyOf(warnings);
            roadmapWarnings.forEach(this::warn);
            graph = new SkillGraph(loaded.roadmaps());
        }
        return graph;
    }

    /** The warnings loading the roadmaps gave (each already printed on stderr). */
    java.util.List<String> roadmapWarnings() {
        graph();
        return roadmapWarnings;
    }

    /** The roadmaps as the loader read them: their files, and those it skipped. */
    LoadedRoadmaps loaded() {
        graph();
        return loaded;
    }

    StateStore store() {
        return new StateStore(stateFile());
    }

    /**
     * The progress for a command that only reads. A state file that cannot be read is left
     * untouched and gives a warning; the command then shows the markdown's own marks.
     * Commands that write use {@link #store()}, which refuses such a file.
     */
    Progress progressForReading() {
        try {
            return store().load();
        } catch (TrackerException e) {
            if (e.exitCode() != ExitCode.DATA_ERROR && e.exitCode() != ExitCode.IO_ERROR) {
                throw e;
            }
            warn(e.getMessage() + "; meanwhile this shows the markdown's own marks");
            return Progress.EMPTY;
        }
    }

    /** One line on stderr that does not stop the command. */
    void warn(String message) {
        context.err().println("tracker: warning: " + message);
        context.err().flush();
    }

    private Path resolve(Path path) {
        return context.workingDir().resolve(path).normalize();
    }
}
