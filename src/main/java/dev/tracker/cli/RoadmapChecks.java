package dev.tracker.cli;

import dev.tracker.roadmap.MojibakeSuspect;
import dev.tracker.roadmap.MojibakeSuspects;
import dev.tracker.roadmap.ParseLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The roadmap lines doctor asks the user to look at: mojibake the tracker could not repair. */
final class RoadmapChecks {

    private RoadmapChecks() {
    }

    /** One line per suspect, "file:line  damaged text: …"; unreadable files are the loader's warnings already. */
    static List<String> suspects(Workspace workspace) {
        Path location = workspace.roadmapsLocation();
        if (location == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (Path file : files(location)) {
            try {
                if (Files.size(file) > ParseLimits.MAX_FILE_BYTES) {
                    continue; // the loader skips it with a warning of its own
                }
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                for (MojibakeSuspect suspect : MojibakeSuspects.lines(text)) {
                    found.add(file.getFileName() + ":" + suspect.line() + "  mojibake that could not be repaired: \""
                            + suspect.fragment() + "\" in: " + suspect.text().strip());
                }
            } catch (IOException e) {
                // the loader has already warned about this file
            }
        }
        return found;
    }

    private static List<Path> files(Path location) {
        if (!Files.isDirectory(location)) {
            return List.of(location);
        }
        try (Stream<Path> entries = Files.list(location)) {
            return entries.filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (name.endsWith(".md") || name.endsWith(".markdown")) && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
