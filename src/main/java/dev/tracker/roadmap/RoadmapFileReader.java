package dev.tracker.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * The bytes of one roadmap file, or why there are none: a one-line reason that names no path
 * (the caller does). Only regular files are opened, so a named pipe cannot block the command,
 * and no more than {@link ParseLimits#MAX_FILE_BYTES} is read, even from a file still growing.
 */
final class RoadmapFileReader {
    /** Links followed before a chain counts as a loop; Linux gives up after 40 as well. */
    private static final int MAX_LINK_HOPS = 40;

    private RoadmapFileReader() {
    }

    /** A file's bytes, its modification time (ns since the epoch) and their CRC-32C: what the cache is keyed by. */
    record FileBytes(byte[] bytes, long modified, int checksum) {
    }

    /**
     * @throws IOException     the file cannot be read; {@link #reason} words it
     * @throws RoadmapRefused  it is larger than a roadmap may be
     */
    static FileBytes read(Path file, long maxBytes) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new IOException("a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new IOException("not a regular file (a pipe, socket or device)");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge(attributes.size(), maxBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length, maxBytes);
        }
        CRC32C checksum = new CRC32C();
        checksum.update(bytes);
        return new FileBytes(bytes, attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), (int) checksum.getValue());
    }

    /** Why {@code file} could not be read, in words: "permission denied", "a symbolic link loop"… */
    static String reason(Path file, IOException e) {
        if (Files.isSymbolicLink(file)) {
            String link = linkTrouble(file);
            if (link != null) {
                return link;
            }
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it was removed while being read";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static RoadmapRefused tooLarge(long size, long maxBytes) {
        return new RoadmapRefused(ParseLimits.size(size) + ", larger than the " + ParseLimits.size(maxBytes)
                + " a roadmap may be");
    }

    /** Follows a chain of links by hand, so that a loop is told from a link to nothing on any platform. */
    private static String linkTrouble(Path link) {
        Set<Path> seen = new HashSet<>();
        Path current = link;
        for (int hop = 0; hop < MAX_LINK_HOPS && Files.isSymbolicLink(current); hop++) {
            if (!seen.add(current.toAbsolutePath().normalize())) {
                return "a symbolic link loop";
            }
            try {
                current = current.resolveSibling(Files.readSymbolicLink(current));
            } catch (IOException e) {
                return null;
            }
        }
        if (Files.isSymbolicLink(current)) {
            return "a symbolic link loop";
        }
        return Files.exists(current, LinkOption.NOFOLLOW_LINKS) ? null : "a symbolic link to " + current + ", which does not exist";
    }
}
