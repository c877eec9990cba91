package dev.tracker.cli;

import dev.tracker.graph.SkillGraph;
import dev.tracker.roadmap.RoadmapLoader;
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

    SkillGraph graph() {
        if (graph == null) {
            Path location = roadmapsLocation();
            graph = new SkillGraph(location == null ? RoadmapLoader.loadBundled() : RoadmapLoader.load(location));
        }
        return graph;
    }

    StateStore store() {
        return new StateStore(stateFile());
    }

    private Path resolve(Path path) {
        return context.workingDir().resolve(path).normalize();
    }
}
