package dev.tracker.state;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * A state file's bytes as read: in memory, or mapped. A long file is mapped (its snapshot is
 * found by its CRC32C, taken on the mapping) and copied into memory only when it must be parsed:
 * a command on a long history whose snapshot is kept never holds the file in the heap.
 */
final class StateBytes {
    private final ByteBuffer mapped;
    private final int length;
    private byte[] array;
    private int crc;
    private boolean crcKnown;

    private StateBytes(byte[] array, ByteBuffer mapped, int length) {
        this.array = array;
        this.mapped = mapped;
        this.length = length;
    }

    static StateBytes of(byte[] bytes) {
        return new StateBytes(bytes, null, bytes.length);
    }

    /** The {@code size} bytes {@code channel} reads, mapped (a file replaced meanwhile keeps its old bytes mapped). */
    static StateBytes mapped(FileChannel channel, long size) throws IOException {
        return new StateBytes(null, channel.map(FileChannel.MapMode.READ_ONLY, 0, size), Math.toIntExact(size));
    }

    int length() {
        return length;
    }

    /** The bytes in memory: a mapped file copied there, once. */
    synchronized byte[] array() {
        if (array == null) {
            byte[] copy = new byte[length];
            mapped.duplicate().get(copy);
            array = copy;
        }
        return array;
    }

    synchronized int crc() {
        if (!crcKnown) {
            java.util.zip.CRC32C checksum = new java.util.zip.CRC32C();
            if (array != null) {
                checksum.update(array, 0, length);
            } else {
                checksum.update(mapped.duplicate());
            }
            crc = (int) checksum.getValue();
            crcKnown = true;
        }
        return crc;
    }

    /**
     * Whether these are the bytes of {@code other}: compared byte by byte in memory; a mapped
     * file by its length and CRC32C, the key its snapshot is trusted by.
     */
    boolean sameAs(StateBytes other) {
        if (other == this) {
            return true;
        }
        if (other.length != length) {
            return false;
        }
        return mapped != null || other.mapped != null ? other.crc() == crc() : Arrays.equals(array, other.array);
    }

    /** The first {@code end} bytes to {@code out}, in chunks: never a second copy of them all. */
    void writeTo(OutputStream out, int end) throws IOException {
        int chunk = 1 << 18;
        if (array != null) {
            for (int at = 0; at < end; at += chunk) {
                out.write(array, at, Math.min(chunk, end - at));
            }
            return;
        }
        byte[] buffer = new byte[Math.min(chunk, Math.max(end, 1))];
        ByteBuffer from = mapped.duplicate();
        for (int at = 0; at < end; at += buffer.length) {
            int n = Math.min(buffer.length, end - at);
            from.get(at, buffer, 0, n);
            out.write(buffer, 0, n);
        }
    }

    /** The {@code n} bytes from {@code from} on. */
    byte[] range(int from, int n) {
        byte[] range = new byte[n];
        if (array != null) {
            System.arraycopy(array, from, range, 0, n);
        } else {
            mapped.duplicate().get(from, range);
        }
        return range;
    }

    /** The last {@code n} bytes (all when there are fewer). */
    byte[] tail(int n) {
        int from = Math.max(0, length - n);
        byte[] tail = new byte[length - from];
        if (array != null) {
            System.arraycopy(array, from, tail, 0, tail.length);
        } else {
            mapped.duplicate().get(from, tail);
        }
        return tail;
    }
}
