package dev.tracker.roadmap;

import java.nio.file.Path;

/**
 * A roadmap file as the loader read it: where, and what identifies the bytes its roadmap was
 * parsed from. {@code write-marks} writes a file only while it still has exactly these bytes.
 *
 * @param roadmapId the roadmap parsed from it
 * @param path      the file, as the loader named it (a symlink stays a symlink here)
 * @param size      its length in bytes
 * @param modified  its modification time, in nanoseconds since the epoch
 * @param checksum  the CRC-32C of its bytes
 */
public record RoadmapFile(String roadmapId, Path path, long size, long modified, int checksum) {
}
