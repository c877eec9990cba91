package dev.tracker.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The files of {@link StateSnapshots}: each ends with the CRC32C of all before it, is read
 * mapped (a history may stay unread) and written by temp file and rename, best effort; the
 * last used are kept (the time a file was last used is its modification time).
 */
final class SnapshotFiles {
    private SnapshotFiles() {
    }

    /** {@code file} mapped when it is there, holds at least {@code header} bytes and its checksum holds; else null. */
    static ByteBuffer mapped(Path file, int header) throws IOException {
        ByteBuffer kept;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < header + 4 || size > Integer.MAX_VALUE / 2) {
                return null;
            }
            kept = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        } catch (NoSuchFileException e) {
            return null;
        }
        CRC32C own = new CRC32C();
        own.update(kept.slice(0, kept.limit() - 4));
        return (int) own.getValue() == kept.getInt(kept.limit() - 4) ? kept : null;
    }

    /** Marks {@code file} as used now. */
    static void touch(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
    }

    /**
     * Writes {@code all} (its checksum added here) to {@code file} in {@code folder}, then deletes
     * all but the {@code kept} used last of each of the {@code kinds} (globs); false if it could not.
     */
    static boolean write(Path folder, Path file, ByteBuffer all, int kept, String... kinds) {
        Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            CRC32C own = new CRC32C();
            own.update(all.array(), 0, all.position());
            all.putInt((int) own.getValue());
            Files.createDirectories(folder);
            Files.write(temp, all.array(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            for (String kind : kinds) {
                prune(folder, kind, kept);
            }
            return true;
        } catch (IOException | RuntimeException | OutOfMemoryError e) { // a snapshot not kept only costs speed
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException ignored) {
                // the next write tries again under another name
            }
            return false;
        }
    }

    private static void prune(Path folder, String kind, int kept) throws IOException {
        record Used(Path file, FileTime when) {
        }
        List<Used> used = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, kind)) {
            for (Path file : files) {
                try {
                    used.add(new Used(file, Files.getLastModifiedTime(file)));
                } catch (IOException e) {
                    // gone meanwhile
                }
            }
        }
        used.sort(Comparator.comparing(Used::when).reversed());
        for (Used old : used.subList(Math.min(kept, used.size()), used.size())) {
            Files.deleteIfExists(old.file());
        }
    }
}
