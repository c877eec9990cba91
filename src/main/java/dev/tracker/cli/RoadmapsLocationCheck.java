package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What --roadmaps was given that would be read silently otherwise than meant: an empty value
 * (the current folder), a JSON file, a file not named like a roadmap, or a folder whose
 * roadmaps all live in subfolders (which are not searched).
 */
final class RoadmapsLocationCheck {
    private RoadmapsLocationCheck() {
    }

    /** Refuses an empty --roadmaps, which would read the current folder. */
    static void refuseEmpty(Path option) {
        if (option != null && option.toString().isBlank()) {
            throw new TrackerException(ExitCode.USAGE,
                    "--roadmaps is empty: give it a folder of .md files or one .md file");
        }
    }

    /** A file given as the roadmap: JSON is refused (it is never markdown), another extension gets a warning. */
    static Optional<String> fileWarning(Path location) {
        if (!Files.isRegularFile(location)) {
            return Optional.empty();
        }
        String name = location.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            throw new TrackerException(ExitCode.USAGE, location + " is a JSON file, not a markdown roadmap: give"
                    + " --roadmaps a .md file or a folder of them (the state file goes to --state)");
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.empty();
        }
        return Optional.of(location + " is not named like a roadmap (*.md); read as markdown");
    }

    /**
     * When a folder holds no roadmap of its own, the same error with the subfolders that hold
     * some named, so that the user can point --roadmaps at one; else the error as it was.
     */
    static TrackerException withSubfolders(TrackerException e, Path location) {
        if (location == null || e.exitCode() != ExitCode.NO_INPUT || !Files.isDirectory(location)) {
            return e;
        }
        List<String> holding = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(location, Files::isDirectory)) {
            for (Path folder : listing) {
                if (holdsRoadmaps(folder)) {
                    holding.add(folder.getFileName().toString());
                }
            }
        } catch (IOException | RuntimeException ignored) {
            return e; // the folder's own error says enough
        }
        if (holding.isEmpty()) {
            return e;
        }
        java.util.Collections.sort(holding);
        String shown = String.join(", ", holding.subList(0, Math.min(3, holding.size())))
                + (holding.size() > 3 ? " and " + (holding.size() - 3) + " more" : "");
        return new TrackerException(ExitCode.NO_INPUT, "no roadmaps (*.md) in " + location
                + ", but its subfolders " + shown + " hold some (subfolders are not searched): point --roadmaps at "
                + location.resolve(holding.get(0)) + ", or search subfolders too: tracker config recursive true", e);
    }

    private static boolean holdsRoadmaps(Path folder) {
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder, "*.{md,markdown}")) {
            return listing.iterator().hasNext();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
