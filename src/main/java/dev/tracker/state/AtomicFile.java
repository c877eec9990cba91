package dev.tracker.state;

import dev.tracker.files.DurableFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A new version of a file, written in two steps so that a reader sees the old bytes or the
 * new, never a mix: {@link #prepare} writes a temp file in the same folder (readable by its
 * owner only) and forces it to disk; {@link #commit} renames it over the target and forces
 * the folder. Closing a version that was never committed deletes its temp file. Preparing
 * every file before committing any means a full disk fails before anything has changed.
 */
final class AtomicFile implements AutoCloseable {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path target;
    private final Path temp;
    private boolean committed;

    private AtomicFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    static AtomicFile prepare(Path target, byte[] bytes) throws IOException {
        return prepare(target, bytes, null);
    }

    /** As {@link #prepare(Path, byte[])}, the temp file given to {@code owner} (null: the writer's own). */
    static AtomicFile prepare(Path target, byte[] bytes, FileOwner owner) throws IOException {
        return prepare(target, owner, DurableFile.bytes(bytes)::writeTo);
    }

    /**
     * The backup {@code target} of {@code source}, whose bytes {@code previous} gives: a hard link
     * to {@code source} itself under a temp name (no second copy written, nothing to force but what
     * is on disk already) when it is its owner's only (0600), which the link keeps; else a copy
     * as {@link #prepare(Path, byte[], FileOwner)} makes, also where links fail.
     */
    static AtomicFile prepareBackup(Path target, Path source, java.util.function.Supplier<byte[]> previous, long length,
                                    FileOwner owner) throws IOException {
        if (POSIX) {
            Path folder = target.toAbsolutePath().getParent();
            Path temp = folder.resolve(target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
            try {
                if (Files.getPosixFilePermissions(source, java.nio.file.LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY)
                        && Files.size(source) == length) {
                    Files.createLink(temp, source);
                    AtomicFile file = new AtomicFile(target, temp);
                    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.READ)) {
                        channel.force(true); // written by another program, it may not be on disk yet
                    } catch (IOException | RuntimeException e) {
                        file.close();
                        throw e;
                    }
                    return file;
                }
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                Files.deleteIfExists(temp); // no link here: the copy
            }
        }
        return prepare(target, previous.get(), owner);
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rw-------");

    /** What a temp file is filled with, written as it is made (a state of many megabytes is never held whole). */
    interface Content extends DurableFile.Content {
    }

    /** As {@link #prepare(Path, byte[], FileOwner)}, the bytes written by {@code content}. */
    static AtomicFile prepare(Path target, FileOwner owner, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        DurableFile.Finish finish = owner == null ? DurableFile.Finish.NONE : owner::applyTo;
        Path temp = POSIX
                ? DurableFile.temp(folder, target.getFileName() + ".", content, finish,
                        PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : DurableFile.temp(folder, target.getFileName() + ".", content, finish);
        return new AtomicFile(target, temp);
    }

    /** Prepares and commits at once: for a single file. */
    static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, null);
    }

    static void write(Path target, byte[] bytes, FileOwner owner) throws IOException {
        try (AtomicFile file = prepare(target, bytes, owner)) {
            file.commit();
        }
    }

    void commit() throws IOException {
        // a link renamed over another link of the same file (a writer killed between its two renames
        // left the backup and the state one file) is a rename that does nothing: the name stays, and goes
        DurableFile.moveInto(temp, target);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes the temp files a writer killed mid-write left beside the target (and beside its
     * backup). Only a lock holder may call this: the lock holder is the only writer, so every
     * temp file there is stale. A temp file that cannot be deleted is left; it is never read.
     */
    static void sweepStaleTemps(Path target) {
        String name = target.getFileName().toString();
        // the names Files.createTempFile gives: prefix, an unsigned random number, suffix
        Pattern stale = Pattern.compile(Pattern.quote(name) + "(\\.bak)?\\.[0-9]+\\.tmp");
        try (Stream<Path> files = Files.list(target.toAbsolutePath().getParent())) {
            files.filter(f -> stale.matcher(f.getFileName().toString()).matches()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    // harmless where it is; the write that follows reports any real trouble
                }
            });
        } catch (IOException e) {
            // an unlistable folder cannot be written either: the write reports it
        }
    }
}
