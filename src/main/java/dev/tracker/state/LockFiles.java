package dev.tracker.state;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;

/**
 * The two files the writers' lock uses beside a state file: {@code state.json.lock}, the lock
 * itself, and {@code state.json.queue}, the order of the writers waiting for it. Both are opened
 * by {@link StateLock} only (closing any other channel on them would silently drop the locks),
 * never followed through a link, refused when they are not plain files (a named pipe would hang
 * the open), and readable by their owner only: another user who could open them could hold a
 * lock on them.
 */
final class LockFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY_BITS = PosixFilePermissions.fromString("rw-------");
    private static final FileAttribute<?>[] OWNER_ONLY = POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_BITS)} : new FileAttribute<?>[0];

    private LockFiles() {
    }

    static Path lockFileOf(Path stateFile) {
        return besideState(stateFile, ".lock");
    }

    static Path queueFileOf(Path stateFile) {
        return besideState(stateFile, ".queue");
    }

    private static Path besideState(Path stateFile, String suffix) {
        return stateFile.toAbsolutePath().normalize().resolveSibling(stateFile.getFileName() + suffix);
    }

    /**
     * The file, made 0600 (and {@code owner}'s, when root writes another user's state) when new,
     * made 0600 when it is ours and was not (an older tracker's 0644 lock file). Readable too when
     * {@code readable} (the queue's counters are read).
     */
    static FileChannel open(Path file, FileOwner owner, boolean readable) throws IOException {
        try {
            FileChannel created = FileChannel.open(file, options(readable, StandardOpenOption.CREATE_NEW), OWNER_ONLY);
            if (owner != null) {
                owner.applyTo(file);
            }
            return created;
        } catch (FileAlreadyExistsException e) {
            // opening a named pipe to write would wait for a reader for ever: looked at first
            if (!Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) {
                throw new FileSystemException(file.toString(), null,
                        "not a plain file (a link, a named pipe or the like), which no tracker makes: delete it");
            }
            FileChannel existing = FileChannel.open(file, options(readable, null));
            if (POSIX && FileOwner.CURRENT_UID >= 0 && !Files.isSymbolicLink(file)
                    && Integer.valueOf(FileOwner.CURRENT_UID).equals(Files.getAttribute(file, "unix:uid"))
                    && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY_BITS)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY_BITS);
            }
            return existing;
        }
    }

    private static Set<OpenOption> options(boolean readable, OpenOption create) {
        Set<OpenOption> options = new HashSet<>(Set.of(StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS));
        if (readable) {
            options.add(StandardOpenOption.READ);
        }
        if (create != null) {
            options.add(create);
        }
        return options;
    }
}
