package dev.tracker.state;

import dev.tracker.files.DurableFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

/**
 * A copy of the state file kept beside it before a command replaces it ({@code doctor
 * --restore-backup}, {@code doctor --resolve}): {@code state.json.replaced-TIME}, or -2, -3 …
 * after it at the same second. Each name is created exclusively, so no kept copy is ever
 * written over, however many replacements one second sees; it is forced to disk before the
 * caller goes on to replace the state file.
 */
final class KeptFile {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Far more than one second of restores can make; past it something is wrong with the folder. */
    private static final int MAX_TRIES = 10_000;

    private KeptFile() {
    }

    /** Writes {@code bytes} to a new {@code FILE.replaced-TIME[-N]} beside {@code file} and returns its path. */
    static Path keep(Path file, byte[] bytes, Clock clock) throws IOException {
        String stamp = STAMP.format(clock.instant().atZone(clock.getZone()));
        for (int n = 1; n <= MAX_TRIES; n++) {
            Path kept = file.resolveSibling(file.getFileName() + ".replaced-" + stamp + (n == 1 ? "" : "-" + n));
            FileChannel channel;
            try {
                channel = FileChannel.open(kept, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue; // the name is taken: the next one
            }
            try (channel) {
                ownerOnly(kept);
                DurableFile.writeForced(channel, bytes);
            } catch (IOException e) {
                Files.deleteIfExists(kept); // a part of a copy is no copy; the state file is still untouched
                throw e;
            }
            return kept;
        }
        throw new IOException("every name " + file.getFileName() + ".replaced-" + stamp + "-N up to " + MAX_TRIES + " is taken");
    }

    private static void ownerOnly(Path kept) throws IOException {
        try {
            Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own defaults
        }
    }
}
