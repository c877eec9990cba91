package dev.tracker.roadmap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link RoadmapCodec} wrote with a DataOutputStream, straight from the array:
 * DataInputStream over a ByteArrayInputStream takes a lock for every byte, which showed in
 * every run's start-up. Reading past the end, or a length the data cannot hold, is an
 * IOException, so a damaged cache is rebuilt.
 */
final class CacheInput {
    private final byte[] bytes;
    private final int end;
    private int at;

    CacheInput(byte[] bytes, int end) {
        this.bytes = bytes;
        this.end = end;
    }

    int readInt() throws IOException {
        need(4);
        int value = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | bytes[at + 3] & 0xff;
        at += 4;
        return value;
    }

    long readLong() throws IOException {
        return (long) readInt() << 32 | readInt() & 0xffffffffL;
    }

    byte readByte() throws IOException {
        need(1);
        return bytes[at++];
    }

    boolean readBoolean() throws IOException {
        return readByte() != 0;
    }

    /** A string as writeString wrote it: its UTF-8 length (-1 for null) and bytes. */
    String readString() throws IOException {
        int length = readInt();
        if (length < 0) {
            return null;
        }
        need(length);
        String text = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return text;
    }

    /** A list length, refused when the data left could not hold it (no huge allocation from damage). */
    int count() throws IOException {
        int count = readInt();
        if (count < 0 || count > end - at) {
            throw new IOException("bad count " + count);
        }
        return count;
    }

    private void need(int length) throws IOException {
        if (length > end - at) {
            throw new IOException("the cache ends early");
        }
    }
}
