package dev.tracker.roadmap;

import dev.tracker.graph.Roadmap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The roadmaps of one or more roadmap folders (or files), each folder's apart: `status` groups
 * by folder when there are several, and a roadmap's text is found again in its own folder.
 */
public record LoadedFolders(List<Folder> folders) {
    /** One folder or file, and what was read there. */
    public record Folder(Path location, LoadedRoadmaps loaded) {
    }

    public LoadedFolders {
        folders = List.copyOf(folders);
    }

    /** Every roadmap, folder after folder. */
    public List<Roadmap> roadmaps() {
        List<Roadmap> all = new ArrayList<>();
        folders.forEach(folder -> all.addAll(folder.loaded().roadmaps()));
        return all;
    }

    /** Every warning, folder after folder. */
    public List<String> warnings() {
        List<String> all = new ArrayList<>();
        folders.forEach(folder -> all.addAll(folder.loaded().warnings()));
        return all;
    }

    /** The folder (or file) {@code roadmap} was read from; null when it is none of these. */
    public Path locationOf(Roadmap roadmap) {
        for (Folder folder : folders) {
            for (Roadmap candidate : folder.loaded().roadmaps()) {
                if (candidate == roadmap) { // identity: a record's equals would compare every skill
                    return folder.location();
                }
            }
        }
        return null;
    }
}
