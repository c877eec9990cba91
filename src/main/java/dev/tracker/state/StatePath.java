package dev.tracker.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * Where a state path leads. Links are followed by hand, dangling ones too, so that a write goes
 * where the link points (a state file kept in a git repository) instead of replacing the link.
 * A path such as {@code /dev/fd/63} (bash's {@code <(cat state.json)}) leads to no file at all but
 * to a pipe the tracker already holds open: readers read it, writers refuse it.
 *
 * @param file      the file read and written (for a pipe, the path as given)
 * @param pipeGiven the path names an open pipe or descriptor, not a place in the file system
 * @param loop      the links loop (or nest beyond 40): there is no file to read or write
 */
record StatePath(Path file, boolean pipeGiven, boolean loop) {
    /** Linux gives up after 40 links too. */
    private static final int MAX_LINK_HOPS = 40;

    static StatePath of(Path given) {
        Path current = given.toAbsolutePath();
        Set<Path> seen = new HashSet<>();
        for (int hop = 0; Files.isSymbolicLink(current); hop++) {
            if (hop == MAX_LINK_HOPS || !seen.add(current)) {
                return new StatePath(given.toAbsolutePath(), false, true);
            }
            Path target;
            try {
                target = Files.readSymbolicLink(current);
            } catch (IOException e) {
                break; // unreadable link: left to the open, which reports it in the system's words
            }
            String text = target.toString();
            if (text.matches("(pipe|socket|anon_inode):.*")) {
                // a descriptor's magic link in /proc: the pipe is opened through the path given
                return new StatePath(given.toAbsolutePath(), true, false);
            }
            current = current.resolveSibling(target).normalize();
        }
        return new StatePath(realFolder(current), false, false);
    }

    /** The path with its folder's links resolved, when the folder exists: the lock's identity is the folder's. */
    private static Path realFolder(Path path) {
        Path parent = path.getParent();
        if (parent == null || path.getFileName() == null) {
            return path;
        }
        try {
            return parent.toRealPath().resolve(path.getFileName());
        } catch (IOException e) {
            return path; // no folder yet: the writer creates it
        }
    }

    /** What is at a path that exists and is no regular file, in words ("a named pipe (FIFO)"), or null. */
    static String irregular(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // missing, or unreadable: the read reports it
        }
        if (attributes.isRegularFile()) {
            return null;
        }
        if (attributes.isDirectory()) {
            return "a folder";
        }
        if (attributes.isSymbolicLink() || !attributes.isOther()) {
            return "not a regular file";
        }
        return switch (mode(file) & 0170000) {
            case 0010000 -> "a named pipe (FIFO)";
            case 0020000 -> "a character device";
            case 0060000 -> "a block device";
            case 0140000 -> "a socket";
            default -> "not a regular file";
        };
    }

    private static int mode(Path file) {
        try {
            return (Integer) Files.getAttribute(file, "unix:mode");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }

    /** Whether anything is at the path, a dangling link aside. */
    static boolean exists(Path file) {
        return Files.exists(file) || Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file);
    }
}
