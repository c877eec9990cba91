package dev.tracker.roadmap;

import dev.tracker.files.TrailingChecksum;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parsed roadmaps kept between runs, so that unchanged roadmaps skip Flexmark, and the reasons
 * refused ones were refused, so that an unchanged costly file costs its parse once. One file per
 * roadmaps location in the cache folder. It is never trusted beyond what it proves: the jar
 * that wrote it, the location, and every file's size, mtime and checksum must match, and the
 * whole file carries a checksum, so a stale, foreign or damaged cache is simply rebuilt.
 * Writing is best effort (temp file, then rename): a read-only cache folder only costs speed.
 */
public final class RoadmapCache {
    /** No cache: every run parses. */
    public static final RoadmapCache NONE = new RoadmapCache(null);

    private static final int MAGIC = 0x54524b43; // "TRKC"
    /**
     * 2: named levels kept with each roadmap; 3: refused files kept too (an id, and a reason or a roadmap);
     * 4: each skill carries its mark's char offset in the file, where write-marks splices;
     * 5: a roadmap's preamble (its mentor's rules, for `tracker context`).
     */
    private static final int FORMAT = 5;
    /** Far above a real cache (100,000 skills take ~16 MB); a larger file is deleted, not read. */
    private static final long MAX_BYTES = 64L << 20;
    private static final String BUILD_STAMP = BuildStamp.value();

    private final Path folder;

    private RoadmapCache(Path folder) {
        this.folder = folder;
    }

    /** A cache in {@code folder} (created when first written). */
    public static RoadmapCache in(Path folder) {
        return new RoadmapCache(folder);
    }

    /** The entries cached for {@code location}, by path; empty when there are none to trust. */
    Map<String, CachedRoadmap> read(String location) {
        Map<String, CachedRoadmap> entries = new LinkedHashMap<>();
        Path file = fileFor(location);
        try {
            if (file == null || !Files.isRegularFile(file)) {
                return entries;
            }
            if (Files.size(file) > Math.min(MAX_BYTES, Runtime.getRuntime().maxMemory() / 8)) {
                Files.deleteIfExists(file);
                return entries;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!TrailingChecksum.holds(bytes)) {
                return entries;
            }
            CacheInput in = new CacheInput(bytes, bytes.length - 4);
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !BUILD_STAMP.equals(in.readString())
                    || !location.equals(in.readString())) {
                return entries;
            }
            for (int n = in.count(); n > 0; n--) {
                String path = in.readString();
                long size = in.readLong();
                long modified = in.readLong();
                int checksum = in.readInt();
                List<String> warnings = new ArrayList<>();
                for (int w = in.count(); w > 0; w--) {
                    warnings.add(in.readString());
                }
                String id = in.readString();
                String refusal = in.readBoolean() ? in.readString() : null;
                entries.put(path, new CachedRoadmap(path, id, size, modified, checksum, warnings,
                        refusal == null ? RoadmapCodec.read(in) : null, refusal));
            }
            return entries;
        } catch (IOException | RuntimeException | OutOfMemoryError e) { // damaged, or too much: rebuild
            return new LinkedHashMap<>();
        }
    }

    /** Replaces the entries for {@code location}; any failure leaves the old cache or none. */
    void write(String location, List<CachedRoadmap> entries) {
        Path file = fileFor(location);
        if (file == null) {
            return;
        }
        Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            RoadmapCodec.writeString(out, BUILD_STAMP);
            RoadmapCodec.writeString(out, location);
            out.writeInt(entries.size());
            for (CachedRoadmap entry : entries) {
                RoadmapCodec.writeString(out, entry.path());
                out.writeLong(entry.size());
                out.writeLong(entry.modified());
                out.writeInt(entry.checksum());
                out.writeInt(entry.warnings().size());
                for (String warning : entry.warnings()) {
                    RoadmapCodec.writeString(out, warning);
                }
                RoadmapCodec.writeString(out, entry.id());
                out.writeBoolean(entry.refusal() != null);
                if (entry.refusal() != null) {
                    RoadmapCodec.writeString(out, entry.refusal());
                } else {
                    RoadmapCodec.write(out, entry.roadmap());
                }
            }
            byte[] payload = buffer.toByteArray();
            out.writeInt(TrailingChecksum.of(payload, payload.length));
            Files.createDirectories(folder);
            Files.write(temp, buffer.toByteArray(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) { // a cache that cannot be written only costs speed
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException ignored) {
                // the next write tries again under another name
            }
        }
    }

    /** One file per location; the name's hash only spreads locations, the header says which it is. */
    private Path fileFor(String location) {
        return folder == null ? null : folder.resolve("roadmaps-" + Integer.toHexString(location.hashCode()) + ".cache");
    }
}
