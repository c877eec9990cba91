package dev.tracker.roadmap;

import dev.tracker.graph.Roadmap;
import java.util.List;

/**
 * One roadmap file as it was parsed, and what identifies the bytes it was parsed from. A
 * later run reuses it only when the file's size, modification time and content checksum are
 * all the same and the file would get the same roadmap id.
 *
 * @param path     the file, as the loader names it
 * @param size     its length in bytes
 * @param modified its modification time, in nanoseconds since the epoch
 * @param checksum the CRC-32C of its bytes
 * @param warnings the warnings reading it gave (invalid UTF-8), shown again on every run
 * @param roadmap  the parsed roadmap
 */
record CachedRoadmap(String path, long size, long modified, int checksum, List<String> warnings, Roadmap roadmap) {
    CachedRoadmap {
        warnings = List.copyOf(warnings);
    }

    boolean matches(RoadmapFileReader.FileBytes file, String roadmapId) {
        return size == file.bytes().length && modified == file.modified() && checksum == file.checksum()
                && roadmap.id().equals(roadmapId);
    }
}
