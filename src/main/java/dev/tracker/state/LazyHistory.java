package dev.tracker.state;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A history kept in a snapshot's bytes, read only when a command asks for its entries: `check`
 * on a long history needs what its replay gave, its length and its last entry, which the
 * snapshot holds apart ({@link ReplayCodec}). Immutable, as the lists of {@link Progress} are.
 */
final class LazyHistory extends AbstractList<HistoryEntry> implements RandomAccess {
    private final java.nio.ByteBuffer source;
    private final int size;
    private final HistoryEntry last;
    private final java.util.function.Supplier<List<HistoryEntry>> reparse;
    private volatile List<HistoryEntry> entries;

    /**
     * The {@code size} entries {@code source} holds (all its bytes: a snapshot file mapped), the
     * last of them {@code last}; should they not read back (a fault of the snapshot's own), the
     * entries {@code reparse} gives, parsed from the state file.
     */
    LazyHistory(java.nio.ByteBuffer source, int size, HistoryEntry last, java.util.function.Supplier<List<HistoryEntry>> reparse) {
        this.source = source;
        this.reparse = reparse;
        this.size = size;
        this.last = last;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public HistoryEntry get(int index) {
        if (index == size - 1 && last != null) {
            return last;
        }
        return entries().get(index);
    }

    /** Whether {@code history} is one whose entries are still unread, with or without entries appended. */
    static boolean unread(List<HistoryEntry> history) {
        List<HistoryEntry> first = history instanceof Appended ? ((Appended) history).first : history;
        return first instanceof LazyHistory && ((LazyHistory) first).entries == null;
    }

    /** {@code history} with {@code appended} after it: a history still unread stays so. */
    static List<HistoryEntry> append(List<HistoryEntry> history, List<HistoryEntry> appended) {
        if (history instanceof Appended) {
            Appended earlier = (Appended) history;
            List<HistoryEntry> then = new java.util.ArrayList<>(earlier.then);
            then.addAll(appended);
            return new Appended(earlier.first, then);
        }
        return new Appended(history, appended);
    }

    private List<HistoryEntry> entries() {
        List<HistoryEntry> read = entries;
        if (read == null) {
            try {
                byte[] bytes = new byte[source.remaining()];
                source.duplicate().get(bytes);
                SnapshotCodec.Decoder in = new SnapshotCodec.Decoder(bytes, 0, bytes.length);
                read = List.copyOf(in.entries(size));
                if (!in.atEnd()) {
                    throw new IllegalStateException("a state snapshot's entries do not end where it says");
                }
            } catch (RuntimeException e) {
                read = List.copyOf(reparse.get());
                if (read.size() != size) {
                    throw new IllegalStateException("a state snapshot holds " + size + " entries, the file " + read.size(), e);
                }
            }
            entries = read;
        }
        return read;
    }

    /** A history and the entries appended to it, without a copy of the first (which stays unread when it is lazy). */
    static final class Appended extends AbstractList<HistoryEntry> implements RandomAccess {
        private final List<HistoryEntry> first;
        private final List<HistoryEntry> then;

        Appended(List<HistoryEntry> first, List<HistoryEntry> then) {
            this.first = first;
            this.then = List.copyOf(then);
        }

        @Override
        public int size() {
            return first.size() + then.size();
        }

        @Override
        public HistoryEntry get(int index) {
            return index < first.size() ? first.get(index) : then.get(index - first.size());
        }
    }
}
