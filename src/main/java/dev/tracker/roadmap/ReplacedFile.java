package dev.tracker.roadmap;

import dev.tracker.files.DurableFile;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserPrincipal;

/**
 * A user's file replaced by a new version, as the state file is (see state/AtomicFile): the new
 * bytes and the old ones (the future {@code NAME.bak}) each go to a temp file in the same
 * folder, forced to disk, with the file's own permissions (and owner, where allowed); then the
 * backup is renamed into place, then the file, forcing the folder after each. A full disk fails
 * before anything was renamed; a killed writer leaves the old file or the new, never a mix.
 */
final class ReplacedFile {
    static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private ReplacedFile() {
    }

    static void write(Path target, byte[] bytes, byte[] previous) throws IOException {
        Path backup = target.resolveSibling(target.getFileName() + ".bak");
        Path newTemp = null;
        Path backupTemp = null;
        try {
            newTemp = temp(target, bytes);
            backupTemp = temp(target, previous);
            DurableFile.moveInto(backupTemp, backup); // the backup first: the old bytes are kept before the file changes
            backupTemp = null;
            DurableFile.moveInto(newTemp, target);
            newTemp = null;
        } finally {
            DurableFile.deleteQuietly(newTemp);
            DurableFile.deleteQuietly(backupTemp);
        }
    }

    /** A temp file beside {@code like} holding {@code bytes}, forced to disk, with {@code like}'s permissions. */
    private static Path temp(Path like, byte[] bytes) throws IOException {
        return DurableFile.temp(like.getParent(), like.getFileName() + ".", DurableFile.bytes(bytes), temp -> {
            if (POSIX) {
                PosixFileAttributes attributes = Files.readAttributes(like, PosixFileAttributes.class);
                Files.setPosixFilePermissions(temp, attributes.permissions());
                keepOwner(temp, attributes.owner(), attributes.group());
            }
        });
    }

    /** Only root may give a file away; anyone else writes a file they own already. */
    private static void keepOwner(Path temp, UserPrincipal owner, GroupPrincipal group) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            if (!view.readAttributes().owner().equals(owner)) {
                view.setOwner(owner);
            }
            if (!view.readAttributes().group().equals(group)) {
                view.setGroup(group);
            }
        } catch (IOException | RuntimeException e) {
            // the content and the permissions are what matters; an owner we may not set stays ours
        }
    }
}
