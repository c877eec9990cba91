package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Git's merge driver for the state file ({@code tracker merge-state %O %A %B}): the union of
 * two state files ({@link HistoryUnion}), written over OURS atomically. Both sides are read as
 * strictly as the state file (a version 1 side is migrated first); a side that cannot be read
 * stops the merge with OURS untouched, and git keeps the conflict. The base is not needed: the
 * histories are append-only, so whatever the base holds, both sides hold too.
 */
public final class StateMerge {
    private StateMerge() {
    }

    /** Merges {@code theirs} into {@code ours}, rewriting {@code ours}; what it merged. */
    public static HistoryUnion.Result mergeInto(Path ours, Path theirs) {
        HistoryUnion.Result result = union(ours, theirs);
        write(ours, result.merged());
        return result;
    }

    /** Both sides read (theirs on a second thread: reading is most of a large merge), and their union. */
    public static HistoryUnion.Result union(Path ours, Path theirs) {
        CompletableFuture<Progress> other = CompletableFuture.supplyAsync(() -> read(theirs));
        Progress mine = read(ours);
        try {
            return HistoryUnion.of(mine, other.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
        }
    }

    static Progress read(Path side) {
        if (!Files.isRegularFile(side)) {
            throw new TrackerException(ExitCode.NO_INPUT, "cannot merge: " + side + " is not a file; nothing was written");
        }
        try {
            return new StateStore(side).load();
        } catch (TrackerException e) {
            throw new TrackerException(e.exitCode(), "cannot merge: " + e.getMessage().replace(
                    "it was left untouched: fix it by hand, or move it away to start afresh",
                    "nothing was written: resolve the conflict by hand"), e);
        }
    }

    /**
     * Written as it is made, as StateStore writes the state: a union of 180,000 entries is 30 MB
     * of text, which as one string and then its bytes would cost the merge a third of its time.
     */
    private static void write(Path ours, Progress merged) {
        StateBounds.requireWritable(merged);
        try (AtomicFile file = AtomicFile.prepare(ours.toAbsolutePath(), null,
                out -> StateJsonWriter.write(merged, StateBounds.bounded(out)))) {
            file.commit();
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot write the merged state to " + ours + ": "
                    + IoErrorText.describe(e) + "; it is unchanged" + IoErrorText.hint(e), e);
        }
    }
}
