package dev.tracker.roadmap;

import dev.tracker.graph.Roadmap;
import java.util.List;

/**
 * One roadmap file as it was parsed, or refused, and what identifies the bytes it was read
 * from. A later run reuses it only when the file's size, modification time and content checksum
 * are all the same and the file would get the same roadmap id: a parsed file then skips
 * Flexmark, and a refused one is refused again in milliseconds, with the same reason.
 *
 * @param path     the file, as the loader names it
 * @param id       the roadmap id it was read under
 * @param size     its length in bytes
 * @param modified its modification time, in nanoseconds since the epoch
 * @param checksum the CRC-32C of its bytes
 * @param warnings the warnings reading it gave (invalid UTF-8), shown again on every run
 * @param roadmap  the parsed roadmap, or null when it was refused
 * @param refusal  why the parser refused it (a lasting refusal), or null when it was parsed
 */
record CachedRoadmap(String path, String id, long size, long modified, int checksum, List<String> warnings, Roadmap roadmap,
        String refusal) {
    CachedRoadmap {
        warnings = List.copyOf(warnings);
        if ((roadmap == null) == (refusal == null)) {
            throw new IllegalArgumentException("a cached roadmap is parsed or refused: " + path);
        }
    }

    /** A file that was parsed. */
    static CachedRoadmap parsed(String path, long size, long modified, int checksum, List<String> warnings, Roadmap roadmap) {
        return new CachedRoadmap(path, roadmap.id(), size, modified, checksum, warnings, roadmap, null);
    }

    boolean matches(RoadmapFileReader.FileBytes file, String roadmapId) {
        return size == file.bytes().length && modified == file.modified() && checksum == file.checksum() && id.equals(roadmapId);
    }
}
