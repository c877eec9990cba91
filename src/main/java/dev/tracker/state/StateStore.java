package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The state file. Every change is one transaction under an exclusive lock on
 * {@code state.json.lock}: re-read and validate, apply, sweep the temp files a killed writer
 * left, write the new state and the backup ({@code state.json.bak}, the previous version) each
 * to a temp file forced to disk, then rename both into place. A file that cannot be read is
 * never overwritten, and a change that changes nothing writes nothing. The reading is
 * {@link StateFileReader} and {@link StrictStateReader}, the writing {@link StateFileWrite}.
 */
public final class StateStore {
    /** What a state file git merged as text holds, and the way out. */
    public static final String CONFLICTED = StrictStateReader.CONFLICTED;

    private final Path file;
    private final LockWait wait;
    private final StrictStateReader reader;
    private final StateFileReader bytes;
    private final ParsedStates parsed;
    private final StateFileWrite writer;

    /** A state file reached through a symlink (say, into a git repository) is written where the link points. */
    public StateStore(Path file) {
        this(file, LockWait.DEFAULT);
    }

    /** As {@link #StateStore(Path)}, a change waiting for another writer as {@code wait} says. */
    public StateStore(Path file, LockWait wait) {
        this(file, wait, StateSnapshots.NONE);
    }

    /**
     * As {@link #StateStore(Path, LockWait)}, keeping snapshots of what long state files hold in
     * {@code cacheFolder} (null: none), so that the next command on the same bytes skips the parse.
     */
    public StateStore(Path file, LockWait wait, Path cacheFolder) {
        this(file, wait, StateSnapshots.in(cacheFolder));
    }

    StateStore(Path file, LockWait wait, StateSnapshots snapshots) {
        StatePath path = StatePath.of(file);
        this.file = path.file();
        this.wait = wait;
        this.reader = new StrictStateReader(this.file, backupFile());
        this.bytes = new StateFileReader(path, snapshots, reader);
        this.parsed = new ParsedStates(snapshots, reader);
        this.writer = new StateFileWrite(this.file, backupFile(), v1File(), snapshots);
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

    /** The progress on disk; none yet when the file does not exist. A pipe given as the state file is read too. */
    public Progress load() {
        StateBytes read = readBytes(false);
        return read == null ? Progress.EMPTY : parsed.of(read);
    }

    /**
     * Applies a change as one locked, atomic transaction and returns the progress written. The
     * file is read and validated before the lock is taken as well, so that a file the tracker
     * would refuse (not a state file, not a regular file, another user's) gets no lock file
     * beside it; under the lock it is read again, and parsed again only when it changed meanwhile.
     */
    public Progress update(UnaryOperator<Progress> change) {
        return update(change, false, written -> { });
    }

    /**
     * As {@link #update(UnaryOperator)}, then runs {@code thenUnderLock} with the progress written
     * while the lock is still held (write-through writes the roadmaps' marks there); what it
     * throws reaches the caller, the state change stays.
     */
    public Progress update(UnaryOperator<Progress> change, Consumer<Progress> thenUnderLock) {
        return update(change, false, thenUnderLock);
    }

    /**
     * The ids whose entry in the file's {@code skills} map is not what replaying its history
     * gives (an entry missing, extra or different), sorted; none when they agree, when there is
     * no file, or for a schema 1 file (its map is the migration's input). An unreadable file:
     * as {@link #load}.
     */
    public java.util.List<String> mapDisagreements() {
        StateBytes read = readBytes(false);
        return read == null ? java.util.List.of() : WrittenSkillsMap.disagreements(parsed.of(read), read.array(), reader);
    }

    /**
     * Writes the file again from its history, the {@code skills} map replayed, under the lock
     * and with the previous file kept as the backup: the history, the source of truth, is
     * written back as it was.
     */
    public Progress rebuildMap() {
        return update(UnaryOperator.identity(), true, written -> { });
    }

    private Progress update(UnaryOperator<Progress> change, boolean writeAlways, Consumer<Progress> thenUnderLock) {
        createFolder(); // first: a state folder that cannot be made is that fault (73), not an unreadable file
        StateBytes seen = readBytes(true);
        if (seen != null) {
            parsed.of(seen);
        }
        FileOwner owner = FileOwner.toKeep(file);
        try (StateLock lock = StateLock.acquire(file, wait, owner)) {
            StateBytes current = readBytes(true);
            Progress before = current == null ? Progress.EMPTY : parsed.of(current);
            Progress after = change.apply(before);
            if (!after.equals(before) || writeAlways && current != null) {
                writer.write(current, parsed.snapshotOf(current), before, after, owner);
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
        try {
            StateJsonWriter.write(progress, java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The bytes of a state file, as the loader sees them ({@link StrictStateReader#parse}). */
    Progress parse(byte[] bytes) {
        return reader.parse(bytes);
    }

    private StateBytes readBytes(boolean forWriting) {
        return bytes.read(forWriting, parsed.lastBytes());
    }

    private void createFolder() {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new TrackerException(ExitCode.CANNOT_CREATE, "cannot create the state folder " + file.getParent()
                    + ": " + FolderErrorText.whyNotCreated(file.getParent(), e) + "; choose another place with --state or "
                    + "$TRACKER_STATE", e);
        }
    }
}
