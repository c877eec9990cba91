package dev.tracker.roadmap;

import dev.tracker.graph.Slug;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roadmap id of every entry of a roadmaps folder, unique, and the same on every run for the
 * same names. An id is its file name's slug ({@link Slug#ofFileName}). Where several names make
 * one slug, the file whose name (less its extension) is exactly the slug keeps it, and the others,
 * in order of their names, get "-2", "-3" … (passing over an id another file has by its name);
 * each such collision is one warning. Ids depend on names alone, never on whether a file could be
 * read this time, so a file that is broken for a while does not move its neighbours' progress.
 */
final class RoadmapIds {
    /** Each entry's id, in the entries' order, and a warning per collision. */
    record Assigned(List<String> ids, List<String> warnings) {
    }

    private RoadmapIds() {
    }

    static Assigned of(List<Path> entries) {
        return of(entries, null);
    }

    /** As {@link #of(List)}; a warning names each file by its path below {@code folder} (subfolders read recursively). */
    static Assigned of(List<Path> entries, Path folder) {
        List<String> names = entries.stream().map(e -> e.getFileName().toString()).toList();
        List<String> shown = entries.stream().map(e -> folder != null && e.startsWith(folder) && !e.equals(folder)
                ? folder.relativize(e).toString() : e.getFileName().toString()).toList();
        List<String> slugs = names.stream().map(Slug::ofFileName).toList();
        Map<String, List<Integer>> bySlug = new LinkedHashMap<>();
        for (int i = 0; i < slugs.size(); i++) {
            bySlug.computeIfAbsent(slugs.get(i), s -> new ArrayList<>()).add(i);
        }
        Set<String> taken = new HashSet<>(bySlug.keySet());
        String[] ids = new String[names.size()];
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> group : bySlug.entrySet()) {
            String slug = group.getKey();
            List<Integer> members = new ArrayList<>(group.getValue());
            members.sort((a, b) -> names.get(a).compareTo(names.get(b)));
            int keeper = members.stream().filter(i -> baseName(names.get(i)).equals(slug)).findFirst().orElse(members.get(0));
            ids[keeper] = slug;
            if (members.size() == 1) {
                continue;
            }
            List<String> renamed = new ArrayList<>();
            int n = 2;
            for (int i : members) {
                if (i == keeper) {
                    continue;
                }
                while (taken.contains(slug + "-" + n)) {
                    n++;
                }
                ids[i] = slug + "-" + n;
                taken.add(ids[i]);
                renamed.add(shown.get(i) + " is \"" + ids[i] + "\"");
            }
            warnings.add("roadmaps " + members.stream().map(shown::get).collect(Collectors.joining(", "))
                    + " make the same id \"" + slug + "\": " + shown.get(keeper) + " keeps it, " + String.join(", ", renamed)
                    + "; rename a file to choose its id");
        }
        return new Assigned(List.of(ids), warnings);
    }

    private static String baseName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.endsWith(".markdown") ? fileName.length() - 9 : lower.endsWith(".md") ? fileName.length() - 3 : fileName.length();
        return fileName.substring(0, dot);
    }
}
