package dev.tracker.roadmap;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The five roadmaps built into the jar. They cannot change under one build, so the set is
 * cached whole under the build's stamp: a run with a cached set never opens the jar's
 * file system.
 */
final class BundledRoadmaps {
    static final String FOLDER = "bundled-roadmaps";

    private BundledRoadmaps() {
    }

    static LoadedRoadmaps read(RoadmapCache cache) {
        Map<String, CachedRoadmap> cached = cache.read(FOLDER);
        if (!cached.isEmpty()) {
            return fromCache(cached.values());
        }
        URL url = BundledRoadmaps.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new TrackerException(ExitCode.NO_INPUT, "this build has no bundled roadmaps; give --roadmaps a folder");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return RoadmapLoader.read(Path.of(uri), cache);
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                LoadedRoadmaps loaded = RoadmapLoader.read(jar.getPath(FOLDER), ParseLimits.PARSE_DEADLINE, RoadmapCache.NONE);
                if (loaded.warnings().isEmpty()) { // a set with a skipped file is read again next time
                    cache.write(FOLDER, loaded.roadmaps().stream()
                            .map(r -> CachedRoadmap.parsed(r.file(), 0, 0, 0, List.of(), r)).toList());
                }
                return loaded;
            }
        } catch (IOException | URISyntaxException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot read the bundled roadmaps: " + e.getMessage(), e);
        }
    }

    private static LoadedRoadmaps fromCache(Collection<CachedRoadmap> entries) {
        return new LoadedRoadmaps(entries.stream().map(CachedRoadmap::roadmap).filter(java.util.Objects::nonNull).toList(),
                entries.stream().flatMap(e -> e.warnings().stream()).toList(), 0);
    }
}
