package dev.tracker.state;

/**
 * What the last bytes read gave: a change reads the file before the lock and again under it,
 * and parses it again only when it changed meanwhile. Long files are found by their snapshot
 * instead of parsed ({@link StateSnapshots}).
 */
final class ParsedStates {
    private final StateSnapshots snapshots;
    private final StrictStateReader reader;
    private volatile Parsed last;

    /** @param snapshot the snapshot of these bytes (kept or found), null for none */
    private record Parsed(StateBytes bytes, Progress progress, StateSnapshots.Snapshot snapshot) {
    }

    ParsedStates(StateSnapshots snapshots, StrictStateReader reader) {
        this.snapshots = snapshots;
        this.reader = reader;
    }

    /** The last bytes read, null for none yet. */
    StateBytes lastBytes() {
        Parsed known = last;
        return known == null ? null : known.bytes();
    }

    /** The snapshot of {@code bytes} when they are the very bytes read last, else null. */
    StateSnapshots.Snapshot snapshotOf(StateBytes bytes) {
        Parsed known = last;
        return known != null && known.bytes() == bytes ? known.snapshot() : null;
    }

    /** What {@code bytes} give: from the last read when they are the same bytes, else from their snapshot, else parsed. */
    Progress of(StateBytes bytes) {
        Parsed known = last;
        if (known != null && known.bytes().sameAs(bytes)) {
            return known.progress();
        }
        if (!snapshots.worth(bytes.length())) {
            Progress progress = reader.parse(bytes.array());
            last = new Parsed(bytes, progress, null);
            return progress;
        }
        StateSnapshots.Key key = new StateSnapshots.Key(bytes.length(), bytes.crc());
        StateSnapshots.Snapshot snapshot = snapshots.find(key, () -> reader.parse(bytes.array()).history());
        Progress progress;
        if (snapshot != null) {
            progress = snapshot.progress();
        } else {
            progress = reader.parse(bytes.array());
            // where a splice may continue the file: only where it is what the tracker would write
            long historyEnd = StateSplice.historyEnd(progress, bytes.array());
            snapshot = snapshots.keep(key, historyEnd, progress);
        }
        last = new Parsed(bytes, progress, snapshot);
        return progress;
    }
}
