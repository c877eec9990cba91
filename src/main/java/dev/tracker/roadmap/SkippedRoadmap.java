package dev.tracker.roadmap;

import java.nio.file.Path;

/**
 * A file of the roadmaps folder that was not loaded, and why.
 *
 * @param path     the file
 * @param reason   one line: "permission denied", "not text (a NUL byte at offset 3)"…
 * @param badData  whether the file was read and refused (exit 65) rather than unreadable (exit 66)
 */
public record SkippedRoadmap(Path path, String reason, boolean badData) {
    /** The line shown after "tracker: warning: ". */
    public String warning() {
        return "skipped " + path + ": " + reason;
    }
}
