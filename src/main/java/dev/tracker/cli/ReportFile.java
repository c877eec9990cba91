package dev.tracker.cli;

import dev.tracker.files.DurableFile;
import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where `tracker report` writes its page: a temp file in the target's folder, forced to disk,
 * then renamed over the target, so that a reader sees the old page or the new one, never half.
 * Only a file that is missing or a report the tracker wrote ({@code marker} in its head) is
 * replaced; a folder, a pipe, a device or any other file is refused with exit 73, untouched.
 */
final class ReportFile {
    private static final int HEAD = 1024;
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private ReportFile() {
    }

    /** Writes {@code text} to {@code target} (a symlink: to the file it points to); returns the bytes written. */
    static long write(Path target, String shown, String text, String marker) {
        Path file = target;
        try {
            if (Files.isDirectory(file)) {
                throw refused(shown + " is a folder; give a file name, such as " + Path.of(shown, "tracker-report.html"));
            }
            if (Files.exists(file)) {
                if (!Files.isRegularFile(file)) {
                    throw refused(shown + " is not a regular file (a pipe, a socket or a device); give another name,"
                            + " or - for standard output");
                }
                if (!startsWithMarker(file, marker)) {
                    throw refused(shown + " exists and is not a tracker report; nothing was written: remove it"
                            + " or give another name");
                }
                file = file.toRealPath();
            }
            Path folder = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                throw refused("the folder of " + shown + " does not exist (" + folder + "); create it or give another name");
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            replace(file, folder, bytes);
            return bytes.length;
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot write " + shown + ": " + reason(e)
                    + "; give a place you can write to", e);
        }
    }

    private static void replace(Path file, Path folder, byte[] bytes) throws IOException {
        Path temp = DurableFile.temp(folder, file.getFileName() + ".", DurableFile.bytes(bytes), written -> {
            if (POSIX) {
                // a page to open and share, not a secret: the permissions of a file made with the usual umask
                Files.setPosixFilePermissions(written, Files.exists(file) ? Files.getPosixFilePermissions(file)
                        : PosixFilePermissions.fromString("rw-r--r--"));
            }
        });
        try {
            DurableFile.moveInto(temp, file);
        } finally {
            DurableFile.deleteQuietly(temp);
        }
    }

    private static boolean startsWithMarker(Path file, String marker) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(HEAD), StandardCharsets.UTF_8).contains(marker);
        }
    }

    private static TrackerException refused(String message) {
        return new TrackerException(ExitCode.CANNOT_CREATE, message);
    }

    private static String reason(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied on " + message : message;
    }
}
