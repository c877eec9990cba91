package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Whose state file it is. A write replaces the file by a new one, which belongs to whoever
 * wrote it: root changing another user's state would take it over (root's, 0600: its owner
 * could no longer read it). So the new files get the old one's owner and group when root
 * writes them, and a user who is neither the owner nor root is refused before anything is
 * written (the rename would succeed in a folder they may write, and the file would change hands).
 *
 * @param uid   the owner's user id
 * @param attributes the owner and group to give the new files (null: the writer's own)
 */
record FileOwner(int uid, PosixFileAttributes attributes) {
    /** The user running the tracker (-1 where the platform has no user ids). */
    static final int CURRENT_UID = currentUid();

    /**
     * The owner new versions of {@code file} must have: null for the writer's own (a new file,
     * the writer's file, a platform without owners). Refuses another user's file unless root writes it.
     */
    static FileOwner toKeep(Path file) {
        PosixFileAttributes attributes;
        int uid;
        try {
            attributes = Files.readAttributes(file, PosixFileAttributes.class);
            uid = (Integer) Files.getAttribute(file, "unix:uid");
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null; // not POSIX, or unreadable: the read reports what matters
        }
        if (uid == CURRENT_UID || CURRENT_UID < 0) {
            return null;
        }
        if (CURRENT_UID != 0) {
            throw new TrackerException(ExitCode.IO_ERROR, "state file " + file + " belongs to user "
                    + attributes.owner().getName() + ", not to you; it was left untouched: a change would make it yours. "
                    + "Run the tracker as " + attributes.owner().getName() + ", or choose a file of your own with --state");
        }
        return new FileOwner(uid, attributes);
    }

    /** Gives {@code file} (a temp file or a lock file just made) this owner and group. */
    void applyTo(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        view.setGroup(attributes.group());
        view.setOwner(attributes.owner());
    }

    private static int currentUid() {
        try {
            return (int) new com.sun.security.auth.module.UnixSystem().getUid();
        } catch (LinkageError | RuntimeException e) {
            return -1;
        }
    }
}
