package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The state file. Every change is one transaction under an exclusive lock: re-read, apply,
 * write a temp file, force it, rename it over the old file, keep the previous version as
 * {@code state.json.bak}. A file that cannot be read is never overwritten.
 */
public final class StateStore {
    private final Path file;

    /** A state file reached through a symlink (say, into a git repository) is written where the link points. */
    public StateStore(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            this.file = Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot resolve state file " + absolute + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public Path backupFile() {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** The progress on disk; none yet when the file does not exist. */
    public Progress load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Progress.EMPTY;
        } catch (AccessDeniedException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot read state file " + file + ": permission denied");
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot read state file " + file + ": " + e.getMessage(), e);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return StateJsonReader.read(text);
        } catch (CharacterCodingException e) {
            throw damaged("it is not UTF-8 text");
        } catch (StateJsonReader.StateFormatException e) {
            String where = e.location == null ? "" : "line " + e.location.getLineNr() + ", column " + e.location.getColumnNr() + ": ";
            throw damaged(where + e.getMessage());
        }
    }

    /** Applies a change as one locked, atomic transaction and returns the progress written. */
    public Progress update(UnaryOperator<Progress> change) {
        createFolder();
        try (StateLock lock = StateLock.acquire(file)) {
            Progress before = load();
            Progress after = change.apply(before);
            if (!after.equals(before)) {
                if (Files.exists(file)) {
                    AtomicFile.write(backupFile(), Files.readAllBytes(file));
                }
                AtomicFile.write(file, StateJsonWriter.write(after).getBytes(StandardCharsets.UTF_8));
            }
            return after;
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException ? "permission denied on " + e.getMessage() : e.getMessage();
            throw new TrackerException(ExitCode.IO_ERROR, "cannot write state file " + file + ": " + why
                    + "; the previous state is unchanged", e);
        }
    }

    private void createFolder() {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new TrackerException(ExitCode.CANNOT_CREATE, "cannot create the state folder " + file.getParent()
                    + ": " + e.getMessage() + "; choose another place with --state or $TRACKER_STATE", e);
        }
    }

    private TrackerException damaged(String what) {
        return new TrackerException(ExitCode.DATA_ERROR, "state file " + file + " cannot be read (" + what
                + "); it was left untouched: fix it by hand, or move it away to start afresh");
    }
}
