package dev.tracker.roadmap;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * Writes marks into one roadmap file, only while it holds the bytes the loader read (size,
 * modification time and CRC-32C), changing the marks' bytes and nothing else. The previous
 * version becomes {@code NAME.bak} beside it; both are written to temp files forced to disk and
 * renamed into place, keeping the file's permissions. A symlinked roadmap is written where the
 * link points. Each failure is one {@link TrackerException} line, and leaves the file as it was.
 */
public final class MarkFileWriter {
    /**
     * What was done.
     *
     * @param target  the file written (or that would be): the link's target for a symlink
     * @param symlink whether {@link RoadmapFile#path} was a symbolic link
     * @param diff    the unified diff of the change
     */
    public record Outcome(Path target, boolean symlink, String diff) {
    }

    private MarkFileWriter() {
    }

    /** Writes {@code changes} (none: nothing to do) into {@code file}; with {@code dryRun}, only the diff. */
    public static Outcome write(RoadmapFile file, List<MarkChange> changes, boolean dryRun) {
        Path path = file.path();
        try {
            Path target = path.toRealPath();
            boolean symlink = Files.isSymbolicLink(path);
            byte[] bytes = unchangedBytes(file, target);
            MarkSplice.Result splice = MarkSplice.apply(path.toString(), bytes, changes);
            String name = path.getFileName().toString();
            String diff = changes.isEmpty() ? "" : UnifiedDiff.of(name, bytes, splice.bytes(), splice.replacedAt());
            if (!dryRun && !changes.isEmpty()) {
                requireWritable(path, target);
                ReplacedFile.write(target, splice.bytes(), bytes);
            }
            return new Outcome(target, symlink, diff);
        } catch (AccessDeniedException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot write roadmap " + path + ": permission denied on "
                    + e.getFile() + "; nothing was written to it; make it writable, or leave its marks to the state file", e);
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot write roadmap " + path + ": " + RoadmapFileReader.reason(path, e)
                    + "; nothing was written to it", e);
        }
    }

    /** The file's bytes, refused when they are not those the loader read. */
    private static byte[] unchangedBytes(RoadmapFile file, Path target) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
        byte[] bytes = attributes.isRegularFile() && attributes.size() == file.size() ? Files.readAllBytes(target) : null;
        CRC32C checksum = new CRC32C();
        if (bytes != null) {
            checksum.update(bytes);
        }
        if (bytes == null || bytes.length != file.size() || (int) checksum.getValue() != file.checksum()
                || attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) != file.modified()) {
            throw new TrackerException(ExitCode.BUSY, "roadmap " + file.path() + " changed since it was read; nothing was"
                    + " written to it; run the command again");
        }
        return bytes;
    }

    /** Root may write any file, but a file whose owner took its write permission away is not to be written. */
    private static void requireWritable(Path path, Path target) throws IOException {
        boolean ownerMayWrite = !ReplacedFile.POSIX || Files.getPosixFilePermissions(target).contains(PosixFilePermission.OWNER_WRITE);
        if (!ownerMayWrite || !Files.isWritable(target)) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot write roadmap " + path + ": it is read-only"
                    + (target.equals(path.toAbsolutePath()) ? "" : " (" + target + ")")
                    + "; nothing was written to it; make it writable (chmod u+w), or leave its marks to the state file");
        }
    }
}
