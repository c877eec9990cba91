package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import dev.tracker.state.StateJsonReader.StateFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The state file. Every change is one transaction under an exclusive lock on
 * {@code state.json.lock}: re-read and validate, apply, sweep the temp files a killed writer
 * left, write the new state and the backup ({@code state.json.bak}, the previous version) each
 * to a temp file forced to disk, then rename both into place. A file that cannot be read is
 * never overwritten, and a change that changes nothing writes nothing.
 */
public final class StateStore {
    private final Path file;

    /** A state file reached through a symlink (say, into a git repository) is written where the link points. */
    public StateStore(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            this.file = Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot resolve state file " + absolute + ": "
                    + IoErrorText.describe(e), e);
        }
    }

    public Path file() {
        return file;
    }

    public Path backupFile() {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** The schema 1 file as it was before the first write of this tracker migrated it (schema 2). */
    public Path v1File() {
        return file.resolveSibling(file.getFileName() + ".v1");
    }

    /** The progress on disk; none yet when the file does not exist. */
    public Progress load() {
        byte[] bytes = readBytes();
        return bytes == null ? Progress.EMPTY : parse(bytes);
    }

    /** Applies a change as one locked, atomic transaction and returns the progress written. */
    public Progress update(UnaryOperator<Progress> change) {
        return update(change, written -> { });
    }

    /**
     * As {@link #update(UnaryOperator)}, then runs {@code thenUnderLock} with the progress written
     * while the lock is still held (write-through writes the roadmaps' marks there); what it
     * throws reaches the caller, the state change stays.
     */
    public Progress update(UnaryOperator<Progress> change, Consumer<Progress> thenUnderLock) {
        createFolder();
        try (StateLock lock = StateLock.acquire(file)) {
            byte[] current = readBytes();
            Progress before = current == null ? Progress.EMPTY : parse(current);
            Progress after = change.apply(before);
            if (!after.equals(before)) {
                write(current, after);
            }
            thenUnderLock.accept(after);
            return after;
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot write state file " + file + ": "
                    + IoErrorText.describe(e) + "; the previous state is unchanged" + IoErrorText.hint(e), e);
        }
    }

    /**
     * A write's work in memory, done once and thrown away (the file text of PROGRESS): a review
     * session runs it while the first card is read, so that its first grade does not wait for
     * the writer's code to load and compile. Nothing is written.
     */
    public void rehearseWrite(Progress progress) {
        StateBounds.requireWritable(progress);
        StateJsonWriter.write(progress);
    }

    /**
     * The bytes of a state file, as the loader sees them: decoded strictly, then read by the
     * strict reader. A byte-order mark (some Windows editors add one) is ignored, as in roadmaps.
     */
    Progress parse(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        CoderResult decoded = utf8.decode(in, text, true);
        if (!decoded.isError()) {
            decoded = utf8.flush(text);
        }
        if (decoded.isError()) {
            throw damaged(placeOf(text) + "byte " + in.position() + " is not UTF-8 text");
        }
        String json = text.flip().toString();
        if (ConflictMarkers.present(json)) {
            throw damaged(CONFLICTED);
        }
        try {
            return StateJsonReader.read(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (StateFormatException e) {
            throw damaged(e.place() + e.getMessage());
        }
    }

    /** What a state file git merged as text holds, and the way out. */
    public static final String CONFLICTED = "it holds git conflict markers: git merged it as text, without the tracker's "
            + "merge driver; `tracker doctor --resolve` merges the two sides";

    /** "line 3, column 7: " for the end of the text decoded so far. */
    private static String placeOf(CharBuffer decoded) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.position(); i++) {
            boolean newline = decoded.get(i) == '\n';
            line += newline ? 1 : 0;
            column = newline ? 1 : column + 1;
        }
        return "line " + line + ", column " + column + ": ";
    }

    /** New state first, then the backup, then both renames: a full disk fails before anything changed. */
    private void write(byte[] previous, Progress after) throws IOException {
        StateBounds.requireWritable(after);
        byte[] next = StateJsonWriter.write(after).getBytes(StandardCharsets.UTF_8);
        StateBounds.requireWritable(next);
        AtomicFile.sweepStaleTemps(file);
        if (previous != null && !Files.exists(v1File()) && schemaOf(previous) == 1) {
            // the first write in schema 2 keeps the schema 1 file for good, beside the rolling backup
            AtomicFile.write(v1File(), previous);
        }
        try (AtomicFile state = AtomicFile.prepare(file, next);
             AtomicFile backup = previous == null ? null : AtomicFile.prepare(backupFile(), previous)) {
            if (backup != null) {
                backup.commit();
            }
            state.commit();
        }
    }

    /** The schema version of bytes already read as a valid state (0 if, against that, it cannot be told). */
    private static int schemaOf(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            return SchemaVersionReader.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (StateJsonReader.StateFormatException e) {
            return 0;
        }
    }

    /** The file's bytes, or null when there is none; a file beyond the size bound is refused unread. */
    private byte[] readBytes() {
        byte[] bytes;
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            // the size first, then a bounded read: a file that grows meanwhile (or a FIFO) is bounded too
            bytes = channel.size() > StateBounds.MAX_FILE_BYTES ? null
                    : Channels.newInputStream(channel).readNBytes(Math.toIntExact(StateBounds.MAX_FILE_BYTES + 1));
        } catch (NoSuchFileException e) {
            return null;
        } catch (AccessDeniedException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot read state file " + file + ": permission denied");
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot read state file " + file + ": "
                    + IoErrorText.describe(e), e);
        }
        if (bytes == null || bytes.length > StateBounds.MAX_FILE_BYTES) {
            throw damaged("it is larger than the " + StateBounds.megabytes(StateBounds.MAX_FILE_BYTES)
                    + " a state file may hold");
        }
        return bytes;
    }

    private void createFolder() {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new TrackerException(ExitCode.CANNOT_CREATE, "cannot create the state folder " + file.getParent()
                    + ": " + IoErrorText.describe(e) + "; choose another place with --state or $TRACKER_STATE", e);
        }
    }

    private TrackerException damaged(String what) {
        return new TrackerException(ExitCode.DATA_ERROR, "state file " + file + " cannot be read (" + what
                + "); it was left untouched: fix it by hand, or move it away to start afresh");
    }
}
