package dev.tracker.state;

import dev.tracker.graph.SkillStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact bytes of {@link StateSnapshots}: numbers seven bits a byte, a string either new
 * (its UTF-8 bytes, then known by its number) or the number of one met before, history entries
 * field by field.
 */
final class SnapshotCodec {
    private static final SkillStatus[] STATUSES = SkillStatus.values();
    private static final EntryKind[] KINDS = EntryKind.values();

    private byte[] bytes = new byte[1 << 12];
    private int size;
    /** The strings met, by number; null: every string written anew. */
    private final Map<String, Integer> known;

    private SnapshotCodec(Map<String, Integer> known) {
        this.known = known;
    }

    /** A codec giving strings met before by number. */
    static SnapshotCodec fresh() {
        return new SnapshotCodec(new HashMap<>());
    }

    /**
     * A codec writing every string anew: its entries may follow the bytes of others, whose
     * strings a reader numbers first (a snapshot's entries, then those appended since).
     */
    static SnapshotCodec appending() {
        return new SnapshotCodec(null);
    }

    byte[] bytes() {
        return Arrays.copyOf(bytes, size);
    }

    SnapshotCodec entries(List<HistoryEntry> entries) {
        entries.forEach(this::entry);
        return this;
    }

    void entry(HistoryEntry e) {
        ensure(4);
        bytes[size++] = (byte) e.kind().ordinal();
        bytes[size++] = (byte) (e.from() == null ? 0 : e.from().ordinal() + 1);
        bytes[size++] = (byte) (e.to() == null ? 0 : e.to().ordinal() + 1);
        bytes[size++] = (byte) (e.clears() ? 1 : 0);
        instant(e.at());
        number(Double.doubleToRawLongBits(e.retention()));
        string(e.cmd());
        string(e.id());
        string(e.title());
        string(e.grade());
        string(e.text());
        string(e.ref());
    }

    void instant(Instant at) {
        number(at.getEpochSecond());
        number(at.getNano());
    }

    /** 0: null; 1: a new string, its length and UTF-8 bytes; n: the (n - 2)th string met. */
    void string(String value) {
        if (value == null) {
            number(0);
            return;
        }
        Integer index = known == null ? null : known.get(value);
        if (index != null) {
            number(index + 2L);
            return;
        }
        if (known != null) {
            known.put(value, known.size());
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        number(1);
        number(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    /** Seven bits a byte, the lowest first, the high bit saying more follow. */
    void number(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            bytes[size++] = (byte) (value & 0x7F | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** The reading side: a position in bytes up to an end, and the strings met so far; anything amiss throws. */
    static final class Decoder {
        private final byte[] in;
        private final int end;
        private int at;
        private final List<String> strings = new ArrayList<>();

        Decoder(byte[] in, int from, int end) {
            this.in = in;
            this.at = from;
            this.end = end;
        }

        /** Whether every byte up to the end was read, and no more. */
        boolean atEnd() {
            return at == end;
        }

        List<HistoryEntry> entries(int count) {
            List<HistoryEntry> entries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                entries.add(entry());
            }
            return entries;
        }

        HistoryEntry entry() {
            EntryKind kind = KINDS[next()];
            SkillStatus from = status(next());
            SkillStatus to = status(next());
            boolean clears = next() == 1;
            Instant when = instant();
            double retention = Double.longBitsToDouble(number());
            // the arguments are read in the order written: cmd, id, title, grade, text, ref
            return new HistoryEntry(when, string(), kind, string(), from, to, clears, string(), string(), retention,
                    string(), string());
        }

        Instant instant() {
            return Instant.ofEpochSecond(number(), number());
        }

        SkillStatus status(int code) {
            return code == 0 ? null : STATUSES[code - 1];
        }

        int next() {
            if (at >= end) {
                throw new IllegalArgumentException("a snapshot read beyond its end");
            }
            return in[at++];
        }

        long number() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = next();
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("a number of more than 64 bits");
        }

        int count() {
            return Math.toIntExact(number());
        }

        String string() {
            long code = number();
            if (code == 0) {
                return null;
            }
            if (code > 1) {
                return strings.get(Math.toIntExact(code - 2));
            }
            int length = count();
            if (length < 0 || length > end - at) {
                throw new IllegalArgumentException("a string beyond the snapshot's end");
            }
            String value = new String(in, at, length, StandardCharsets.UTF_8);
            at += length;
            strings.add(value);
            return value;
        }
    }
}
