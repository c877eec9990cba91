package dev.tracker.roadmap;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Where the roadmaps are: a folder's entries named like roadmaps ({@code *.md},
 * {@code *.markdown}, not hidden), in name order, whatever they turn out to be (files,
 * folders, links to nothing); or the one file given. Subfolders are not searched, so a link
 * back to a parent folder cannot make the listing go round.
 */
public final class RoadmapFolder {
    private RoadmapFolder() {
    }

    /** The entries to read at {@code location}, a folder or a file. */
    public static List<Path> entries(Path location) {
        if (!Files.exists(location, LinkOption.NOFOLLOW_LINKS)) {
            throw new TrackerException(ExitCode.NO_INPUT, "roadmaps not found: " + location
                    + " (give --roadmaps a folder of .md files, or set $TRACKER_ROADMAPS)");
        }
        if (!Files.exists(location)) {
            throw new TrackerException(ExitCode.NO_INPUT, "roadmaps not found: " + location + " is "
                    + RoadmapFileReader.reason(location, new IOException("not found")));
        }
        if (!Files.isDirectory(location)) {
            return List.of(location);
        }
        // a plain loop, not Files.list: this runs on every command, and a first stream costs start-up time
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(location)) {
            List<Path> entries = new ArrayList<>();
            for (Path entry : listing) {
                if (isNamedLikeARoadmap(entry)) {
                    entries.add(entry);
                }
            }
            Collections.sort(entries);
            if (entries.isEmpty()) {
                throw new TrackerException(ExitCode.NO_INPUT, "no roadmaps (*.md) in " + location
                        + "; add one, or point --roadmaps at another folder");
            }
            return entries;
        } catch (IOException | UncheckedIOException | DirectoryIteratorException e) {
            boolean denied = e instanceof AccessDeniedException || e.getCause() instanceof AccessDeniedException;
            throw new TrackerException(ExitCode.NO_INPUT, "cannot read roadmaps folder " + location + ": "
                    + (denied ? "permission denied" : e.getMessage()), e);
        }
    }

    /** How deep {@link #entriesBelow} looks under a folder. */
    static final int MAX_DEPTH = 8;

    /**
     * As {@link #entries}, and the roadmaps of the subfolders too (the {@code recursive}
     * setting), in path order, down to {@link #MAX_DEPTH}; hidden folders and links to
     * folders are not entered, so the walk cannot go round.
     */
    public static List<Path> entriesBelow(Path location) {
        if (!Files.isDirectory(location)) {
            return entries(location);
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(location, java.util.Set.of(), MAX_DEPTH, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attributes) {
                    boolean hidden = !dir.equals(location) && dir.getFileName().toString().startsWith(".");
                    return hidden ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
                    if (isNamedLikeARoadmap(file) && !attributes.isDirectory()) {
                        found.add(file);
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    return java.nio.file.FileVisitResult.CONTINUE; // an unreadable subfolder is left out
                }
            });
        } catch (IOException e) {
            throw new TrackerException(ExitCode.NO_INPUT, "cannot read roadmaps folder " + location + ": " + e.getMessage(), e);
        }
        Collections.sort(found);
        if (found.isEmpty()) {
            throw new TrackerException(ExitCode.NO_INPUT, "no roadmaps (*.md) in " + location
                    + " nor its subfolders; add one, or point the config's roadmaps at another folder");
        }
        return found;
    }

    private static boolean isNamedLikeARoadmap(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".md") || name.endsWith(".markdown"));
    }
}
