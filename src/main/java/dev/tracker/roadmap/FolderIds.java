package dev.tracker.roadmap;

import dev.tracker.graph.Slug;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Roadmap ids across several roadmap folders. The folders are read in the order given; a
 * roadmap keeps the id its own folder gives it unless a folder before it already has that id,
 * and then its folder's name goes in front ({@code work/plan.md} after {@code home/plan.md}:
 * {@code work-plan}), with "-2", "-3" after that if even this is taken. So ids depend only on
 * the files and the order of the folders, the same on every run, and adding a folder at the
 * end never renames a roadmap of the folders before it.
 */
final class FolderIds {
    private FolderIds() {
    }

    /** The slug of the folder's name ({@code ~/work/roadmaps}: "roadmaps"; a file: its folder's). */
    static String prefix(Path location) {
        Path folder = Files.isDirectory(location) ? location : location.getParent();
        Path name = folder == null ? null : folder.getFileName();
        return name == null ? "roadmaps" : Slug.ofFileName(name.toString());
    }

    /** The ids a folder's own rule gave, each moved to its folder's name when a folder before holds it already. */
    static RoadmapIds.Assigned across(RoadmapIds.Assigned own, String prefix, Set<String> taken) {
        if (taken.isEmpty()) {
            return own;
        }
        Set<String> used = new java.util.HashSet<>(own.ids());
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (String id : own.ids()) {
            if (!taken.contains(id)) {
                ids.add(id);
                continue;
            }
            String prefixed = prefix + "-" + id;
            String candidate = prefixed;
            for (int n = 2; taken.contains(candidate) || used.contains(candidate); n++) {
                candidate = prefixed + "-" + n;
            }
            used.add(candidate);
            ids.add(candidate);
        }
        return new RoadmapIds.Assigned(ids, own.warnings());
    }
}
