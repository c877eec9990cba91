package dev.tracker.state;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * An I/O error in the user's words: what went wrong, where, and what to do. The JDK reports
 * EACCES as an AccessDeniedException, but EPERM (an immutable folder, say), a full disk or a
 * read-only file system only in the operating system's own words.
 */
final class IoErrorText {
    private IoErrorText() {
    }

    /** "permission denied on …", "no space left on device", …; for a temp file, its folder. */
    static String describe(IOException e) {
        String where = e instanceof FileSystemException && ((FileSystemException) e).getFile() != null
                ? place(((FileSystemException) e).getFile()) : null;
        String reason = e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
                ? ((FileSystemException) e).getReason() : String.valueOf(e.getMessage());
        if (e instanceof AccessDeniedException || reason.contains("Operation not permitted")) {
            return "permission denied" + (where == null ? "" : " on " + where);
        }
        if (reason.contains("No space left on device") || reason.contains("Disk quota exceeded")) {
            return "no space left on device" + (where == null ? "" : " (writing in " + where + ")");
        }
        if (reason.contains("Read-only file system")) {
            return "the file system is read-only" + (where == null ? "" : " (" + where + ")");
        }
        return String.valueOf(e.getMessage());
    }

    /** What the user can do about it, as a clause to append, or nothing. */
    static String hint(IOException e) {
        String text = describe(e);
        if (text.startsWith("no space left")) {
            return "; free some space and try again";
        }
        if (text.startsWith("permission denied")) {
            return "; make the folder writable for you, or choose another place with --state or $TRACKER_STATE";
        }
        if (text.startsWith("the file system is read-only")) {
            return "; choose another place with --state or $TRACKER_STATE";
        }
        return "";
    }

    /** A temp file the tracker was creating means little to the user: its folder does. */
    private static String place(String file) {
        Path path = Path.of(file);
        return path.getFileName() != null && path.getFileName().toString().matches(".*\\.[0-9]+\\.tmp")
                && path.getParent() != null ? path.getParent().toString() : file;
    }
}
