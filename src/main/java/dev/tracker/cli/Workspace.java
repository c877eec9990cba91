package dev.tracker.cli;

import dev.tracker.config.Settings;
import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.roadmap.LoadedFolders;
import dev.tracker.roadmap.LoadedRoadmaps;
import dev.tracker.roadmap.RoadmapCache;
import dev.tracker.roadmap.RoadmapLoader;
import dev.tracker.state.LockWait;
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
    private final Settings settings;
    private final Path roadmapsOverride;
    private SkillGraph graph;
    private LoadedFolders folders;
    private java.util.List<String> roadmapWarnings = java.util.List.of();

    Workspace(TrackerContext context, Settings settings) {
        this(context, settings, null);
    }

    /** With the roadmaps of {@code roadmapsOverride} instead (completion of a line's own --roadmaps). */
    Workspace(TrackerContext context, Settings settings, Path roadmapsOverride) {
        this.context = context;
        this.settings = settings;
        this.roadmapsOverride = roadmapsOverride == null ? null : context.workingDir().resolve(roadmapsOverride).normalize();
    }

    /** The settings of this run (flags, environment, config file, defaults). */
    Settings settings() {
        return settings;
    }

    /** --state, else $TRACKER_STATE, else the config's, else $XDG_DATA_HOME/tracker/state.json, else ~/.local/share/tracker/state.json. */
    Path stateFile() {
        return settings.state().value();
    }

    /** The roadmap folders and files (by {@link Settings#roadmaps}); empty for the bundled set. */
    java.util.List<Path> roadmapsLocations() {
        return roadmapsOverride != null ? java.util.List.of(roadmapsOverride) : settings.roadmapsToRead().value();
    }

    /** The first roadmaps location, or null for the bundled set. */
    Path roadmapsLocation() {
        java.util.List<Path> locations = roadmapsLocations();
        return locations.isEmpty() ? null : locations.get(0);
    }

    /** The folders the roadmaps were read from, each with its roadmaps (one, the bundled set, when none is given). */
    LoadedFolders folders() {
        graph();
        return folders;
    }

    /**
     * The roadmaps of every folder as one loading: their files (none for the bundled set) and
     * those the loader skipped; what write-marks and the write-through write into.
     */
    LoadedRoadmaps loaded() {
        java.util.List<dev.tracker.roadmap.RoadmapFile> files = new java.util.ArrayList<>();
        java.util.List<dev.tracker.roadmap.SkippedRoadmap> skipped = new java.util.ArrayList<>();
        int parsed = 0;
        for (LoadedFolders.Folder folder : folders().folders()) {
            files.addAll(folder.loaded().files());
            skipped.addAll(folder.loaded().skipped());
            parsed += folder.loaded().parsed();
        }
        return new LoadedRoadmaps(folders.roadmaps(), folders.warnings(), parsed, files, skipped);
    }

    /** The folder or file {@code roadmap} was read from; null for the bundled set. */
    Path locationOf(dev.tracker.graph.Roadmap roadmap) {
        return folders().locationOf(roadmap);
    }

    /** The roadmap cache in the tracker's cache folder ({@link Settings#cacheFolder}), or none. */
    RoadmapCache roadmapCache() {
        Path folder = settings.cacheFolder();
        return folder == null ? RoadmapCache.NONE : RoadmapCache.in(folder);
    }

    SkillGraph graph() {
        if (graph == null) {
            java.util.List<Path> locations = roadmapsLocations();
            RoadmapCache cache = roadmapCache();
            java.util.List<String> warnings = new java.util.ArrayList<>();
            for (Path location : locations) {
                RoadmapsLocationCheck.fileWarning(location).ifPresent(warnings::add);
            }
            if (locations.isEmpty()) {
                LoadedRoadmaps bundled = RoadmapLoader.readBundled(cache);
                folders = new LoadedFolders(java.util.List.of(new LoadedFolders.Folder(null, bundled)));
            } else {
                try {
                    folders = RoadmapLoader.readAll(locations, roadmapsOverride == null && settings.recursive().value(), cache);
                } catch (TrackerException e) {
                    throw locations.size() == 1 ? RoadmapsLocationCheck.withSubfolders(e, locations.get(0)) : e;
                }
            }
            warnings.addAll(folders.warnings());
            for (LoadedFolders.Folder folder : folders.folders()) {
                Path location = folder.location();
                for (Roadmap roadmap : folder.loaded().roadmaps()) {
                    if (roadmap.notices().isEmpty()) {
                        continue;
                    }
                    // what the parser read otherwise than the author may have meant, named by the file's path
                    Path file = location == null ? Path.of(roadmap.file())
                            : Files.isDirectory(location) ? location.resolve(roadmap.file()) : location;
                    roadmap.notices().forEach(notice -> warnings.add(file + ": " + notice));
                }
            }
            roadmapWarnings = java.util.List.copyOf(warnings);
            roadmapWarnings.forEach(this::warn);
            graph = new SkillGraph(folders.roadmaps());
        }
        return graph;
    }

    /** The warnings loading the roadmaps gave (each already printed on stderr). */
    java.util.List<String> roadmapWarnings() {
        graph();
        return roadmapWarnings;
    }

    /** The state file; a change waits for another writer as $TRACKER_LOCK_TIMEOUT says, telling stderr that it waits. */
    StateStore store() {
        return new StateStore(stateFile(), LockWait.from(context.env(), line -> {
            context.err().println("tracker: " + line);
            context.err().flush();
        }));
    }

    /**
     * The progress for a command that only reads. A state file that cannot be read is left
     * untouched and gives a warning; the command then shows the markdown's own marks.
     * Commands that write use {@link #store()}, which refuses such a file.
     */
    Progress progressForReading() {
        try {
            return new StateStore(stateFile()).load(); // a reader takes no lock: $TRACKER_LOCK_TIMEOUT is not its business
        } catch (TrackerException e) {
            if (e.exitCode() != ExitCode.DATA_ERROR && e.exitCode() != ExitCode.IO_ERROR) {
                throw e;
            }
            warn(e.getMessage() + "; meanwhile this shows the markdown's own marks");
            return Progress.EMPTY;
        }
    }

    /** A path as the user would write it: ~/… under the home folder. */
    static String shown(Path path, Path home) {
        if (path == null) {
            return "(bundled)";
        }
        return path.startsWith(home) && !path.equals(home) ? "~/" + home.relativize(path) : path.toString();
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
