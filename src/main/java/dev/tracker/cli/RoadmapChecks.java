package dev.tracker.cli;

import dev.tracker.roadmap.MojibakeSuspect;
import dev.tracker.roadmap.MojibakeSuspects;
import dev.tracker.roadmap.ParseLimits;
import dev.tracker.roadmap.RoadmapFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The roadmap lines doctor asks the user to look at: mojibake the tracker could not repair. */
final class RoadmapChecks {

    private RoadmapChecks() {
    }

    /** One line per suspect, "file:line  damaged text: …"; unreadable files are the loader's warnings already. */
    static List<String> suspects(Workspace workspace) {
        List<Path> locations = workspace.roadmapsLocations();
        List<String> found = new ArrayList<>();
        for (Path location : locations) {
            found.addAll(suspects(location, locations.size() > 1 ? workspace.settings().home() : null));
        }
        return found;
    }

    /** The suspects of one folder or file; its files named by name alone, or as ~/… when {@code home} is given (several folders). */
    private static List<String> suspects(Path location, Path home) {
        List<String> found = new ArrayList<>();
        // the loader's own listing: a file it ignores (hidden, not *.md) is none of doctor's business either
        for (Path file : RoadmapFolder.entries(location)) {
            try {
                if (!Files.isRegularFile(file) || Files.size(file) > ParseLimits.MAX_FILE_BYTES) {
                    continue; // the loader skips it with a warning of its own
                }
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                for (MojibakeSuspect suspect : MojibakeSuspects.lines(text)) {
                    found.add((home == null ? file.getFileName().toString() : Workspace.shown(file, home)) + ":" + suspect.line() + "  mojibake that could not be repaired: \""
                            + suspect.fragment() + "\" in: " + suspect.text().strip());
                }
            } catch (IOException e) {
                // the loader has already warned about this file
            }
        }
        return found;
    }
}
