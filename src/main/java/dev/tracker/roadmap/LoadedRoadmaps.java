package dev.tracker.roadmap;

import dev.tracker.graph.Roadmap;
import java.util.List;
import java.util.Optional;

/**
 * The roadmaps that could be read, and a warning for each file that could not (binary,
 * unreadable, too deep, too slow) or was read with damage (invalid UTF-8). One bad file never
 * stops the others from loading.
 *
 * @param roadmaps the roadmaps, in file-name order
 * @param warnings one line each, naming the path and what was done about it
 * @param parsed   how many files were parsed this time (the others came from the roadmap cache)
 * @param files    the file each roadmap was read from, as read (none for the bundled set)
 * @param skipped  the files that were not loaded, and why
 */
public record LoadedRoadmaps(List<Roadmap> roadmaps, List<String> warnings, int parsed, List<RoadmapFile> files,
                             List<SkippedRoadmap> skipped) {
    public LoadedRoadmaps {
        roadmaps = List.copyOf(roadmaps);
        warnings = List.copyOf(warnings);
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    /** Roadmaps with no files to write back to (the bundled set). */
    public LoadedRoadmaps(List<Roadmap> roadmaps, List<String> warnings, int parsed) {
        this(roadmaps, warnings, parsed, List.of(), List.of());
    }

    /** The file {@code roadmapId} was read from; empty for the bundled set. */
    public Optional<RoadmapFile> fileOf(String roadmapId) {
        return files.stream().filter(f -> f.roadmapId().equals(roadmapId)).findFirst();
    }
}
