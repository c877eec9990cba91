package dev.tracker.roadmap;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A roadmap file's bytes as text: UTF-8 (bad sequences become U+FFFD); binary files refused. */
final class RoadmapText {
    private static final int SNIFF_BYTES = 8192;

    private RoadmapText() {
    }

    static String decode(Path file, byte[] bytes) {
        int limit = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                throw new TrackerException(ExitCode.DATA_ERROR, "roadmap " + file + " is not text (a NUL byte at offset "
                        + i + "); remove it from the roadmaps folder");
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
