package dev.tracker.state;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A state file written by continuing the previous one: its bytes up to the end of its history,
 * the new entries, the skills map and version rendered again. Byte for byte what
 * {@link StateJsonWriter} writes for the whole progress, without rendering 100,000 old entries.
 */
final class StateSplice {
    private StateSplice() {
    }

    /**
     * The bytes {@link StateJsonWriter#write} gives for {@code after}, made of the file it wrote for a history
     * that is {@code after}'s first {@code from} entries (its bytes up to {@code historyEnd}, which
     * {@code previous} holds) and {@code after}'s other entries: the caller has checked that
     * {@link #joinsLine} does not join the two. Returns where the new history ends.
     */
    static long splice(StateBytes previous, int historyEnd, Progress after, int from, OutputStream out) throws IOException {
        previous.writeTo(out, historyEnd);
        Counting counted = new Counting(out);
        try (JsonGenerator g = StateJsonWriter.JSON.createGenerator(counted, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            StateJsonWriter.entries(g, after.history(), from);
            g.flush();
            long newEnd = historyEnd + counted.count;
            StateJsonWriter.tail(g, after);
            return newEnd;
        }
    }

    /**
     * Where the history of {@code bytes} ends when they begin as {@link StateJsonWriter#write} writes
     * {@code progress}'s history, else -1 (a file written by hand or by another program: no splice).
     */
    static long historyEnd(Progress progress, byte[] bytes) {
        OutputStream same = new OutputStream() {
            private int at;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] written, int offset, int length) throws IOException {
                if (at + length > bytes.length || !java.util.Arrays.equals(written, offset, offset + length, bytes, at, at + length)) {
                    throw new IOException("differs");
                }
                at += length;
            }
        };
        Counting counted = new Counting(same);
        try (JsonGenerator g = StateJsonWriter.JSON.createGenerator(counted, JsonEncoding.UTF8)) {
            g.writeRaw(StateJsonWriter.HEAD);
            StateJsonWriter.entries(g, progress.history(), 0);
            g.flush();
            return counted.count;
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * What this tracker's writer writes, as a number: a snapshot written by another tracker, whose
     * writer wrote otherwise, says where its file's history ends, but no splice continues it (the
     * bytes before would not be this writer's). {@code WriterOutputTest} pins it to the bytes.
     */
    static int writerPrint() {
        return StateJsonWriter.OUTPUT_VERSION;
    }

    /**
     * Whether the file's history ends at {@code end} as the writer ends it: after an entry's
     * {@code &#125;} (after the {@code [} of an empty history), before the closing {@code ]} and the
     * skills. A snapshot says where; this checks it against the bytes before anything is spliced.
     */
    static boolean historyEndsAt(StateBytes previous, long end, boolean empty) {
        byte[] close = (empty ? "],\n  \"skills\": {" : "}\n  ],\n  \"skills\": {").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long from = empty ? end : end - 1;
        return from >= 0 && from + close.length <= previous.length()
                && java.util.Arrays.equals(previous.range((int) from, close.length), close);
    }

    /** Whether {@code next} would share {@code previous}'s line (see {@link StateJsonWriter#sameSeenLine}). */
    static boolean joinsLine(HistoryEntry previous, HistoryEntry next) {
        return previous.kind() == EntryKind.SEEN && StateJsonWriter.sameSeenLine(previous, next);
    }

    /** Counts the bytes that pass. */
    static final class Counting extends java.io.FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }

    /** Counts the bytes that pass and takes their CRC32C: the key of the file written, for its snapshot. */
    static final class Checked extends java.io.FilterOutputStream {
        private final java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        private long count;

        Checked(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            crc.update(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            crc.update(bytes, offset, length);
            count += length;
        }

        long count() {
            return count;
        }

        int crc() {
            return (int) crc.getValue();
        }
    }
}
