package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The state file's bytes, bounded: a file beyond the size bound is refused unread, only a
 * regular file is opened (a named pipe would block the open until a writer came), and a pipe
 * the tracker was given open ({@code <(cat state.json)}) is read by readers only.
 */
final class StateFileReader {
    private final StatePath path;
    private final Path file;
    private final StateSnapshots snapshots;
    private final StrictStateReader faults;

    StateFileReader(StatePath path, StateSnapshots snapshots, StrictStateReader faults) {
        this.path = path;
        this.file = path.file();
        this.snapshots = snapshots;
        this.faults = faults;
    }

    /** The file's bytes, or null when there is none; {@code known}, the last bytes read (or null), when they are the same. */
    StateBytes read(boolean forWriting, StateBytes known) {
        if (path.loop()) {
            throw faults.damaged("its symbolic links loop");
        }
        if (path.pipeGiven() && forWriting) {
            throw new TrackerException(ExitCode.DATA_ERROR, "cannot write state file " + file + ": it is a pipe, not a "
                    + "regular file; only commands that read take a pipe; give --state a file to change it");
        }
        String irregular = path.pipeGiven() ? null : StatePath.irregular(file);
        if (irregular != null) {
            throw faults.damaged("it is " + irregular + ", not a regular file");
        }
        StateBytes bytes;
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            // the size first, then a bounded read: a file that grows meanwhile (or a pipe) is bounded too
            long size = channel.size();
            boolean mappable = channel instanceof FileChannel && snapshots.worth(size) && !path.pipeGiven();
            if (size > StateBounds.MAX_FILE_BYTES) {
                bytes = null;
            } else if (mappable) {
                // a long file: mapped, its CRC32C finds its snapshot (and tells, under the lock, that it is unchanged)
                StateBytes mapped = StateBytes.mapped((FileChannel) channel, size);
                bytes = known != null && known.sameAs(mapped) ? known : mapped;
            } else if (known != null && size == known.length() && sameBytes(channel, known.array())) {
                bytes = known; // read again under the lock, compared as it is read: no second copy in memory
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
            throw faults.damaged("it is larger than the " + StateBounds.megabytes(StateBounds.MAX_FILE_BYTES)
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
}
