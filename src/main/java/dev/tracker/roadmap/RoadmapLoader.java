package dev.tracker.roadmap;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Slug;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the roadmaps of a folder, of a single file, or the set bundled in the jar. */
public final class RoadmapLoader {
    static final String BUNDLED_FOLDER = "bundled-roadmaps";

    private RoadmapLoader() {
    }

    /** The roadmaps of a folder or file, with a warning for each file that could not be read. */
    public static LoadedRoadmaps read(Path location) {
        return new LoadedRoadmaps(load(location), List.of());
    }

    /** The bundled roadmaps, as {@link #read(Path)} gives them. */
    public static LoadedRoadmaps readBundled() {
        return new LoadedRoadmaps(loadBundled(), List.of());
    }

    /** Every roadmap file ({@code *.md}, {@code *.markdown}) in a folder, or the one file given. */
    public static List<Roadmap> load(Path location) {
        if (!Files.exists(location)) {
            throw new TrackerException(ExitCode.NO_INPUT, "roadmaps not found: " + location
                    + " (give --roadmaps a folder of .md files, or set $TRACKER_ROADMAPS)");
        }
        if (!Files.isDirectory(location)) {
            return List.of(parseFile(location, Slug.ofFileName(location.getFileName().toString())));
        }
        if (!Files.isReadable(location)) {
            throw new TrackerException(ExitCode.NO_INPUT, "cannot read roadmaps folder " + location + ": permission denied");
        }
        List<Path> files = roadmapFiles(location);
        if (files.isEmpty()) {
            throw new TrackerException(ExitCode.NO_INPUT, "no roadmaps (*.md) in " + location
                    + "; add one, or point --roadmaps at another folder");
        }
        Set<String> usedIds = new HashSet<>();
        List<Roadmap> roadmaps = new ArrayList<>();
        for (Path file : files) {
            String id = Slug.ofFileName(file.getFileName().toString());
            for (int n = 2; !usedIds.add(id); n++) {
                id = Slug.ofFileName(file.getFileName().toString()) + "-" + n;
            }
            roadmaps.add(parseFile(file, id));
        }
        return roadmaps;
    }

    /** The roadmaps that ship inside the jar: the user's own five, as they wrote them. */
    public static List<Roadmap> loadBundled() {
        URL url = RoadmapLoader.class.getClassLoader().getResource(BUNDLED_FOLDER);
        if (url == null) {
            throw new TrackerException(ExitCode.NO_INPUT, "this build has no bundled roadmaps; give --roadmaps a folder");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return load(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return load(jar.getPath(BUNDLED_FOLDER));
            }
        } catch (IOException | URISyntaxException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot read the bundled roadmaps: " + e.getMessage(), e);
        }
    }

    private static List<Path> roadmapFiles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(RoadmapLoader::isRoadmapFile).sorted().toList();
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot list roadmaps folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isRoadmapFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".md") || name.endsWith(".markdown")) && Files.isRegularFile(path);
    }

    private static Roadmap parseFile(Path file, String id) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot read roadmap " + file + ": " + describe(e), e);
        }
        String name = file.getFileName().toString();
        try {
            return MarkdownRoadmapParser.parse(id, name, RoadmapText.decode(file, bytes));
        } catch (StackOverflowError e) {
            // the stack is unwound by now; lists or quotes nested hundreds deep are not a study plan
            throw new TrackerException(ExitCode.DATA_ERROR, "roadmap " + file + " is nested too deeply to read"
                    + " (lists or block quotes hundreds of levels deep); flatten it or move it out of the roadmaps folder");
        }
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
    }
}
