package dev.tracker.roadmap;

import dev.tracker.graph.Roadmap;
import java.util.List;

/**
 * The roadmaps that could be read, and a warning for each file that could not (binary,
 * unreadable, too deep, too slow) or was read with damage (invalid UTF-8). One bad file never
 * stops the others from loading.
 *
 * @param roadmaps the roadmaps, in file-name order
 * @param warnings one line each, naming the path and what was done about it
 * @param parsed   how many files were parsed this time (the others came from the roadmap cache)
 */
public record LoadedRoadmaps(List<Roadmap> roadmaps, List<String> warnings, int parsed) {
    public LoadedRoadmaps {
        roadmaps = List.copyOf(roadmaps);
        warnings = List.copyOf(warnings);
    }
}
