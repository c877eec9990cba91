package dev.tracker.roadmap;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
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
import java.util.Objects;

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
        return read(location, deadline, ParseLimits.LOAD_BUDGET, cache);
    }

    /** As above, with the clock time reading and parsing every file may take together. */
    static LoadedRoadmaps read(Path location, Duration deadline, Duration total, RoadmapCache cache) {
        return read(location, deadline, total, cache, RoadmapFolder.entries(location), Set.of(), "");
    }

    /**
     * The roadmaps of several folders or files, in the order given, ids unique across them: see
     * {@link FolderIds}. With {@code recursive}, a folder's subfolders are read too.
     */
    public static LoadedFolders readAll(List<Path> locations, boolean recursive, RoadmapCache cache) {
        List<Path> distinct = new ArrayList<>();
        for (Path location : locations) {
            Path normal = location.toAbsolutePath().normalize();
            if (!distinct.contains(normal)) {
                distinct.add(normal);
            }
        }
        Set<String> taken = new HashSet<>();
        List<LoadedFolders.Folder> folders = new ArrayList<>();
        for (Path location : distinct) {
            List<Path> files = recursive ? RoadmapFolder.entriesBelow(location) : RoadmapFolder.entries(location);
            LoadedRoadmaps loaded = read(location, ParseLimits.PARSE_DEADLINE, ParseLimits.LOAD_BUDGET, cache, files, taken,
                    FolderIds.prefix(location));
            loaded.roadmaps().forEach(roadmap -> taken.add(roadmap.id()));
            folders.add(new LoadedFolders.Folder(location, loaded));
        }
        return new LoadedFolders(folders);
    }

    /**
     * The roadmaps of {@code files} (the entries of {@code location}); an id a folder before
     * this one already has ({@code taken}) gets {@code prefix} in front, by {@link FolderIds}.
     */
    private static LoadedRoadmaps read(Path location, Duration deadline, Duration total, RoadmapCache cache,
                                       List<Path> files, Set<String> taken, String prefix) {
        LoadBudget budget = LoadBudget.of(total);
        RoadmapIds.Assigned ids = FolderIds.across(RoadmapIds.of(files, location), prefix, taken);
        String cacheKey = location.toAbsolutePath().normalize().toUri().toString();
        Map<String, CachedRoadmap> cached = cache.read(cacheKey);
        List<BoundedReads.Read> reads = BoundedReads.read(files, budget);
        // first, in file order: what the cache holds, what cannot be read, what must be parsed
        int count = files.size();
        CachedRoadmap[] known = new CachedRoadmap[count];
        SkippedRoadmap[] unread = new SkippedRoadmap[count];
        int[] jobOf = new int[count];
        List<List<String>> damage = new ArrayList<>();
        List<ParallelParses.Job> jobs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = files.get(i);
            damage.add(List.of());
            jobOf[i] = -1;
            BoundedReads.Read read = reads.get(i);
            CachedRoadmap entry = cached.get(file.toString());
            if (read.failure() instanceof RoadmapRefused) { // not text, too large, or the budget ran out
                unread[i] = new SkippedRoadmap(file, read.failure().getMessage(), ((RoadmapRefused) read.failure()).lasting());
            } else if (read.failure() != null) {
                unread[i] = new SkippedRoadmap(file, RoadmapFileReader.reason(file, (IOException) read.failure()), false);
            } else if (entry != null && entry.matches(read.bytes(), ids.ids().get(i))) {
                known[i] = entry;
            } else {
                try {
                    RoadmapText text = RoadmapText.decode(read.bytes().bytes());
                    damage.set(i, text.damage().map(d -> file + ": " + d).stream().toList());
                    jobOf[i] = jobs.size();
                    jobs.add(new ParallelParses.Job(ids.ids().get(i), file.getFileName().toString(), text.text()));
                } catch (RoadmapRefused e) { // not text
                    unread[i] = new SkippedRoadmap(file, e.getMessage(), true);
                }
            }
        }
        List<ParallelParses.Outcome> parses = ParallelParses.run(jobs, deadline, budget);
        // then the results, still in file order; lasting refusals are cached like roadmaps
        List<CachedRoadmap> entries = new ArrayList<>();
        List<String> warnings = new ArrayList<>(ids.warnings());
        List<SkippedRoadmap> skipped = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SkippedRoadmap skip = unread[i];
            CachedRoadmap entry = known[i];
            if (jobOf[i] >= 0) {
                ParallelParses.Outcome parse = parses.get(jobOf[i]);
                RoadmapFileReader.FileBytes bytes = reads.get(i).bytes();
                RoadmapRefused refused = parse.refused();
                entry = refused != null && !refused.lasting() ? null : new CachedRoadmap(files.get(i).toString(),
                        ids.ids().get(i), bytes.bytes().length, bytes.modified(), bytes.checksum(), damage.get(i),
                        parse.roadmap(), refused == null ? null : refused.getMessage());
                if (refused != null && !refused.lasting()) {
                    warnings.addAll(damage.get(i));
                    skip = new SkippedRoadmap(files.get(i), refused.getMessage(), false);
                }
            }
            if (entry != null) {
                entries.add(entry);
                warnings.addAll(entry.warnings());
                skip = entry.refusal() == null ? null : new SkippedRoadmap(files.get(i), entry.refusal(), true);
            }
            if (skip != null) {
                skipped.add(skip);
                warnings.add(skip.warning());
            }
        }
        List<Roadmap> roadmaps = entries.stream().map(CachedRoadmap::roadmap).filter(Objects::nonNull).toList();
        if (!jobs.isEmpty() || entries.size() != cached.size()) {
            cache.write(cacheKey, entries);
        }
        if (roadmaps.isEmpty()) {
            throw nothingRead(location, skipped);
        }
        return new LoadedRoadmaps(roadmaps, warnings, jobs.size());
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
}
