package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import dev.tracker.state.StateJsonReader.StateFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
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
    private final StatePath path;
    private final LockWait wait;
    private final StateSnapshots snapshots;
    /** The last bytes read and what they gave: a change reads the file before the lock and again under it. */
    private volatile Parsed last;

    /** @param snapshot the snapshot of these bytes (kept or found), null for none */
    private record Parsed(StateBytes bytes, Progress progress, StateSnapshots.Snapshot snapshot) {
    }

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
        this.path = StatePath.of(file);
        this.file = path.file();
        this.wait = wait;
        this.snapshots = snapshots;
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
        StateBytes bytes = readBytes(false);
        return bytes == null ? Progress.EMPTY : parsed(bytes);
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
        if (read == null) {
            return java.util.List.of();
        }
        Progress progress = parsed(read);
        byte[] bytes = read.array();
        java.util.Map<String, SkillState> written;
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            written = StateJsonReader.writtenSkills(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (StateFormatException e) {
            throw damaged(e.place() + e.getMessage()); // parse has read it already: not reached
        }
        if (written == null) {
            return java.util.List.of();
        }
        java.util.TreeSet<String> differ = new java.util.TreeSet<>();
        progress.skills().forEach((id, state) -> {
            if (!state.equals(written.get(id))) {
                differ.add(id);
            }
        });
        written.keySet().stream().filter(id -> !progress.skills().containsKey(id)).forEach(differ::add);
        return java.util.List.copyOf(differ);
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
            parsed(seen);
        }
        FileOwner owner = FileOwner.toKeep(file);
        try (StateLock lock = StateLock.acquire(file, wait, owner)) {
            StateBytes current = readBytes(true);
            Progress before = current == null ? Progress.EMPTY : parsed(current);
            Progress after = change.apply(before);
            if (!after.equals(before) || writeAlways && current != null) {
                write(current, before, after, owner);
            }
            thenUnderLock.accept(after);
            return after;
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot write state file " + file + ": "
                    + IoErrorText.describe(e) + "; the previous state is unchanged" + IoErrorText.hint(e), e);
        }
    }

    /** What {@code bytes} give: from the last read when they are the same bytes, else from their snapshot, else parsed. */
    private Progress parsed(StateBytes bytes) {
        Parsed known = last;
        if (known != null && known.bytes().sameAs(bytes)) {
            return known.progress();
        }
        if (!snapshots.worth(bytes.length())) {
            Progress progress = parse(bytes.array());
            last = new Parsed(bytes, progress, null);
            return progress;
        }
        StateSnapshots.Key key = new StateSnapshots.Key(bytes.length(), bytes.crc());
        StateSnapshots.Snapshot snapshot = snapshots.find(key, () -> parse(bytes.array()).history());
        Progress progress;
        if (snapshot != null) {
            progress = snapshot.progress();
        } else {
            progress = parse(bytes.array());
            // where a splice may continue the file: only where it is what the tracker would write
            long historyEnd = StateSplice.historyEnd(progress, bytes.array());
            snapshot = snapshots.keep(key, historyEnd, progress);
        }
        last = new Parsed(bytes, progress, snapshot);
        return progress;
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

    /**
     * The bytes of a state file, as the loader sees them: decoded strictly, then read by the
     * strict reader. A byte-order mark (some Windows editors add one) is ignored, as in roadmaps.
     */
    Progress parse(byte[] bytes) {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (Utf8Text.valid(bytes, from, bytes.length)) {
            // the usual case, parsed from the bytes: a decoded copy would take twice the file's size in memory, and time
            if (ConflictMarkers.present(bytes, from, bytes.length)) {
                throw damaged(CONFLICTED);
            }
            try {
                return StateJsonReader.read(bytes, from, bytes.length);
            } catch (StateFormatException e) {
                throw damaged(e.place() + e.getMessage());
            }
        }
        return parseDecoded(bytes);
    }

    /** Bytes that are not all UTF-8: decoded strictly, which finds the fault's line and column. */
    private Progress parseDecoded(byte[] bytes) {
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

    /**
     * New state first, then the backup, then both renames: a full disk fails before anything
     * changed. A change that appends to the history of a file the tracker wrote is a splice of
     * that file's bytes ({@link StateSplice}); the backup is the previous file itself, linked.
     */
    private void write(StateBytes previous, Progress before, Progress after, FileOwner owner) throws IOException {
        int from = after.continues(before);
        // the entries read were within the bounds: only the new ones need checking (the skills are of their ids)
        StateBounds.requireWritable(from >= 0 ? new Progress(after.history().subList(from, after.history().size())) : after);
        AtomicFile.sweepStaleTemps(file);
        if (previous != null && !Files.exists(v1File()) && schemaOf(previous) == 1) {
            // the first write in schema 2 keeps the schema 1 file for good, beside the rolling backup
            AtomicFile.write(v1File(), previous.array(), owner);
        }
        Parsed known = last;
        StateSnapshots.Snapshot earlier = known != null && known.bytes() == previous ? known.snapshot() : null;
        boolean splice = earlier != null && earlier.spliceAt() >= 0 && from >= 0 && from < after.history().size()
                && StateSplice.historyEndsAt(previous, earlier.spliceAt(), from == 0)
                && (from == 0 || !StateSplice.joinsLine(after.history().get(from - 1), after.history().get(from)));
        long[] historyEnd = new long[1];
        StateSplice.Checked[] written = new StateSplice.Checked[1];
        // written as it is made, and bounded while it is: the tracker never writes a file it would refuse
        try (AtomicFile state = AtomicFile.prepare(file, owner, out -> {
                written[0] = new StateSplice.Checked(StateBounds.bounded(out));
                historyEnd[0] = splice ? StateSplice.splice(previous, (int) earlier.spliceAt(), after, from, written[0])
                        : StateJsonWriter.write(after, written[0]);
            });
             AtomicFile backup = previous == null ? null : AtomicFile.prepareBackup(backupFile(), file, previous::array, previous.length(), owner)) {
            if (backup != null) {
                backup.commit();
            }
            state.commit();
        }
        StateSnapshots.Key key = new StateSnapshots.Key(written[0].count(), written[0].crc());
        if (splice) {
            snapshots.keepAppended(earlier, key, historyEnd[0], after, after.history().subList(from, after.history().size()));
        } else {
            snapshots.keep(key, historyEnd[0], after);
        }
    }

    /** The schema version of bytes already read as a valid state (0 if, against that, it cannot be told). */
    private static int schemaOf(StateBytes read) {
        byte[] tail = read.tail(64);
        try {
            int version = SchemaVersionReader.read(tail, 0, tail.length); // the end the writer writes: no copy of it all
            if (version > 0) {
                return version;
            }
        } catch (StateJsonReader.StateFormatException | RuntimeException e) {
            // not the writer's end: the whole file tells
        }
        byte[] bytes = read.array();
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        try {
            return SchemaVersionReader.read(bytes, bom ? 3 : 0, bytes.length);
        } catch (StateJsonReader.StateFormatException e) {
            return 0;
        }
    }

    /**
     * The file's bytes, or null when there is none; a file beyond the size bound is refused
     * unread. Only a regular file is opened (a named pipe would block the open until a writer
     * came); a pipe the tracker was given open ({@code <(cat state.json)}) is read by readers.
     */
    private StateBytes readBytes(boolean forWriting) {
        if (path.loop()) {
            throw damaged("its symbolic links loop");
        }
        if (path.pipeGiven() && forWriting) {
            throw new TrackerException(ExitCode.DATA_ERROR, "cannot write state file " + file + ": it is a pipe, not a "
                    + "regular file; only commands that read take a pipe; give --state a file to change it");
        }
        String irregular = path.pipeGiven() ? null : StatePath.irregular(file);
        if (irregular != null) {
            throw damaged("it is " + irregular + ", not a regular file");
        }
        StateBytes bytes;
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            // the size first, then a bounded read: a file that grows meanwhile (or a pipe) is bounded too
            long size = channel.size();
            Parsed known = last;
            boolean mappable = channel instanceof FileChannel && snapshots.worth(size) && !path.pipeGiven();
            if (size > StateBounds.MAX_FILE_BYTES) {
                bytes = null;
            } else if (mappable) {
                // a long file: mapped, its CRC32C finds its snapshot (and tells, under the lock, that it is unchanged)
                StateBytes mapped = StateBytes.mapped((FileChannel) channel, size);
                bytes = known != null && known.bytes().sameAs(mapped) ? known.bytes() : mapped;
            } else if (known != null && size == known.bytes().length() && sameBytes(channel, known.bytes().array())) {
                bytes = known.bytes(); // read again under the lock, compared as it is read: no second copy in memory
            } else {
                bytes = StateBytes.of(readAtMost(Channels.newInputStream(channel), size, StateBounds.MAX_FILE_BYTES + 1));
            }
        } catch (NoSuchFileException e) {
            return null;
        } catch (AccessDeniedException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot read state file " + file + ": permission denied");
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot read state file " + file + ": "
                    + IoErrorText.describe(e), e);
        }
        if (bytes == null || bytes.length() > StateBounds.MAX_FILE_BYTES) {
            throw damaged("it is larger than the " + StateBounds.megabytes(StateBounds.MAX_FILE_BYTES)
                    + " a state file may hold");
        }
        return bytes;
    }

    /** Up to {@code limit} bytes, into one array of the expected size when the size is known (a pipe's is not). */
    private static byte[] readAtMost(java.io.InputStream in, long expected, long limit) throws IOException {
        if (expected <= 0) {
            return in.readNBytes(Math.toIntExact(limit));
        }
        byte[] bytes = new byte[Math.toIntExact(expected)];
        int read = in.readNBytes(bytes, 0, bytes.length);
        if (read < bytes.length) {
            return Arrays.copyOf(bytes, read); // it shrank meanwhile
        }
        byte[] more = in.readNBytes(Math.toIntExact(limit - read));
        if (more.length == 0) {
            return bytes;
        }
        byte[] grown = Arrays.copyOf(bytes, read + more.length);
        System.arraycopy(more, 0, grown, read, more.length);
        return grown;
    }

    /** Whether the channel holds exactly {@code bytes} (read in chunks; the position moves). */
    private static boolean sameBytes(SeekableByteChannel channel, byte[] bytes) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
        int at = 0;
        while (true) {
            chunk.clear();
            int read = channel.read(chunk);
            if (read < 0) {
                return at == bytes.length;
            }
            if (at + read > bytes.length
                    || !Arrays.equals(chunk.array(), 0, read, bytes, at, at + read)) {
                return false;
            }
            at += read;
        }
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

    private TrackerException damaged(String what) {
        // with a backup there is a way out that loses at most the last change: say it
        String wayOut = Files.isRegularFile(backupFile()) ? "`tracker doctor --restore-backup` shows what its backup "
                + backupFile().getFileName() + " holds and restores it; or fix it by hand"
                : "fix it by hand, or move it away to start afresh";
        return new TrackerException(ExitCode.DATA_ERROR, "state file " + file + " cannot be read (" + what
                + "); it was left untouched: " + wayOut, new StateDamage(what));
    }
}
