package dev.tracker.roadmap;

import dev.tracker.graph.Roadmap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A roadmap's text again, for what only a few commands need of it (the review's prompts). */
public final class RoadmapSource {
    private RoadmapSource() {
    }

    /** The text of {@code roadmap} read from {@code location} (a folder, one file, or null for the bundled set); "" when it cannot be read. */
    public static String text(Path location, Roadmap roadmap) {
        try {
            if (location == null) {
                try (InputStream in = RoadmapSource.class.getClassLoader()
                        .getResourceAsStream(BundledRoadmaps.FOLDER + "/" + roadmap.file())) {
                    return in == null ? "" : new String(in.readNBytes((int) ParseLimits.MAX_FILE_BYTES), StandardCharsets.UTF_8);
                }
            }
            Path file = Files.isDirectory(location) ? location.resolve(roadmap.file()) : location;
            if (!Files.isRegularFile(file) || Files.size(file) > ParseLimits.MAX_FILE_BYTES) {
                return "";
            }
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return ""; // prompts are a help, not a reason to stop a review
        }
    }
}
