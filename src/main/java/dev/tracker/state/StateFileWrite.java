package dev.tracker.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The write of a new state under the lock: the new state first, then the backup (the previous
 * file), then both renames, so that a full disk fails before anything changed. A change that
 * appends to the history of a file the tracker wrote is a splice of that file's bytes
 * ({@link StateSplice}); the backup is the previous file itself, linked. The first write in
 * schema 2 keeps the schema 1 file for good. The snapshot of what was written is kept.
 */
final class StateFileWrite {
    private final Path file;
    private final Path backupFile;
    private final Path v1File;
    private final StateSnapshots snapshots;

    StateFileWrite(Path file, Path backupFile, Path v1File, StateSnapshots snapshots) {
        this.file = file;
        this.backupFile = backupFile;
        this.v1File = v1File;
        this.snapshots = snapshots;
    }

    /** @param earlier the snapshot of {@code previous} (null: none known), where a splice may continue it */
    void write(StateBytes previous, StateSnapshots.Snapshot earlier, Progress before, Progress after, FileOwner owner)
            throws IOException {
        int from = after.continues(before);
        // the entries read were within the bounds: only the new ones need checking (the skills are of their ids)
        StateBounds.requireWritable(from >= 0 ? new Progress(after.history().subList(from, after.history().size())) : after);
        AtomicFile.sweepStaleTemps(file);
        if (previous != null && !Files.exists(v1File) && StrictStateReader.schemaOf(previous) == 1) {
            // the first write in schema 2 keeps the schema 1 file for good, beside the rolling backup
            AtomicFile.write(v1File, previous.array(), owner);
        }
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
             AtomicFile backup = previous == null ? null : AtomicFile.prepareBackup(backupFile, file, previous::array, previous.length(), owner)) {
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
}
