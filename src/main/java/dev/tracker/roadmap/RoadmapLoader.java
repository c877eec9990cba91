package dev.tracker.roadmap;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Slug;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the roadmaps of a folder, of a single file, or the set bundled in the jar. One bad
 * file never stops the others: it is skipped with a warning that names it. Only when nothing
 * at all could be read is there an error, which gives the first reason.
 */
public final class RoadmapLoader {
    private RoadmapLoader() {
    }

    /** The roadmaps of a folder or file, with a warning for each file skipped or read with damage. */
    public static LoadedRoadmaps read(Path location) {
        return read(location, RoadmapCache.NONE);
    }

    /** As {@link #read(Path)}, reusing what {@code cache} holds for files unchanged since they were parsed. */
    public static LoadedRoadmaps read(Path location, RoadmapCache cache) {
        return read(location, ParseLimits.PARSE_DEADLINE, cache);
    }

    /** The bundled roadmaps, as {@link #read(Path)} gives them. */
    public static LoadedRoadmaps readBundled() {
        return readBundled(RoadmapCache.NONE);
    }

    /** The bundled roadmaps; from {@code cache} without opening the jar when this build cached them. */
    public static LoadedRoadmaps readBundled(RoadmapCache cache) {
        return BundledRoadmaps.read(cache);
    }

    /** Every roadmap file ({@code *.md}, {@code *.markdown}) in a folder, or the one file given; warnings dropped. */
    public static List<Roadmap> load(Path location) {
        return read(location).roadmaps();
    }

    /** As {@link #read(Path)}, with the CPU time each file may take to parse. */
    static LoadedRoadmaps read(Path location, Duration deadline) {
        return read(location, deadline, RoadmapCache.NONE);
    }

    static LoadedRoadmaps read(Path location, Duration deadline, RoadmapCache cache) {
        List<Path> files = RoadmapFolder.entries(location);
        String cacheKey = location.toAbsolutePath().normalize().toUri().toString();
        Map<String, CachedRoadmap> cached = cache.read(cacheKey);
        // first, in file order: what the cache holds, what cannot be read, what must be parsed
        int count = files.size();
        CachedRoadmap[] fromCache = new CachedRoadmap[count];
        SkippedRoadmap[] unread = new SkippedRoadmap[count];
        int[] jobOf = new int[count];
        List<List<String>> damage = new ArrayList<>();
        List<ParallelParses.Job> jobs = new ArrayList<>();
        List<RoadmapFileReader.FileBytes> jobBytes = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        for (int i = 0; i < count; i++) {
            Path file = files.get(i);
            String name = file.getFileName().toString();
            damage.add(List.of());
            jobOf[i] = -1;
            try {
                RoadmapFileReader.FileBytes bytes = RoadmapFileReader.read(file, ParseLimits.MAX_FILE_BYTES);
                String id = uniqueId(name, usedIds);
                CachedRoadmap entry = cached.get(file.toString());
                if (entry != null && entry.matches(bytes, id)) {
                    fromCache[i] = entry;
                } else {
                    RoadmapText text = RoadmapText.decode(bytes.bytes());
                    damage.set(i, text.damage().map(d -> file + ": " + d).stream().toList());
                    jobOf[i] = jobs.size();
                    jobs.add(new ParallelParses.Job(id, name, text.text()));
                    jobBytes.add(bytes);
                }
                usedIds.add(id);
            } catch (IOException e) {
                unread[i] = new SkippedRoadmap(file, RoadmapFileReader.reason(file, e), false);
            } catch (RoadmapRefused e) { // not text, or too large
                unread[i] = new SkippedRoadmap(file, e.getMessage(), true);
            }
        }
        List<ParallelParses.Outcome> parses = ParallelParses.run(jobs, deadline);
        // then the results, still in file order
        List<CachedRoadmap> entries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<SkippedRoadmap> skipped = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SkippedRoadmap skip = unread[i];
            if (fromCache[i] != null) {
                entries.add(fromCache[i]);
                warnings.addAll(fromCache[i].warnings());
            } else if (jobOf[i] >= 0) {
                ParallelParses.Outcome parse = parses.get(jobOf[i]);
                RoadmapFileReader.FileBytes bytes = jobBytes.get(jobOf[i]);
                warnings.addAll(damage.get(i));
                if (parse.refused() == null) {
                    entries.add(new CachedRoadmap(files.get(i).toString(), bytes.bytes().length, bytes.modified(),
                            bytes.checksum(), damage.get(i), parse.roadmap()));
                } else {
                    skip = new SkippedRoadmap(files.get(i), parse.refused().getMessage(), true);
                }
            }
            if (skip != null) {
                skipped.add(skip);
                warnings.add(skip.warning());
            }
        }
        if (entries.isEmpty()) {
            throw nothingRead(location, skipped);
        }
        if (!jobs.isEmpty() || entries.size() != cached.size()) {
            cache.write(cacheKey, entries);
        }
        List<RoadmapFile> read = entries.stream().map(e -> new RoadmapFile(e.roadmap().id(), Path.of(e.path()), e.size(),
                e.modified(), e.checksum())).toList();
        return new LoadedRoadmaps(entries.stream().map(CachedRoadmap::roadmap).toList(), warnings, jobs.size(), read, skipped);
    }

    /** Exit 65 when every file was read and refused, 66 when any could not be read at all. */
    private static TrackerException nothingRead(Path location, List<SkippedRoadmap> skipped) {
        SkippedRoadmap first = skipped.get(0);
        boolean allBadData = skipped.stream().allMatch(SkippedRoadmap::badData);
        String others = skipped.size() == 1 ? "" : " (and " + (skipped.size() - 1) + " more skipped)";
        String message = Files.isDirectory(location)
                ? "no roadmap could be read in " + location + ": " + first.warning() + others
                : "cannot read roadmap " + location + ": " + first.reason();
        return new TrackerException(allBadData ? ExitCode.DATA_ERROR : ExitCode.NO_INPUT, message);
    }

    /**
     * A file's id is its name's slug; a second file of the same slug gets "-2", and so on. The
     * id is taken (added to {@code usedIds}) only once the file turned out to be text.
     */
    private static String uniqueId(String fileName, Set<String> usedIds) {
        String slug = Slug.ofFileName(fileName);
        String id = slug;
        for (int n = 2; usedIds.contains(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }
}
