package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * `doctor --resolve`: a state file holding git's conflict markers, merged as the merge driver
 * would ({@link HistoryUnion} of its two sides), under the lock. The file as it was is kept as
 * {@code state.json.replaced-<time>}, a name of its own (created exclusively, never over another).
 */
public final class ConflictResolve {
    /** What was merged, and where the conflicted file is kept. */
    public record Result(HistoryUnion.Result union, Path kept) {
    }

    private final StateStore store;

    public ConflictResolve(StateStore store) {
        this.store = store;
    }

    /** Whether the state file holds conflict markers (false when there is no file, or it cannot be read). */
    public boolean conflicted() {
        try {
            return Files.isRegularFile(store.file()) && ConflictMarkers.present(Files.readString(store.file()));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Merges the two sides and writes the union; refuses a file without markers or with a side it cannot read. */
    public Result resolve(Clock clock) {
        Path file = store.file();
        try (StateLock lock = StateLock.acquire(file)) {
            byte[] bytes = Files.readAllBytes(file);
            Optional<ConflictMarkers.Sides> sides = ConflictMarkers.split(new String(bytes, StandardCharsets.UTF_8));
            if (sides.isEmpty()) {
                throw new TrackerException(ExitCode.FAILURE, "state file " + file + " holds no complete git conflict "
                        + "(<<<<<<<, =======, >>>>>>>); nothing to resolve; nothing was written");
            }
            HistoryUnion.Result union = HistoryUnion.of(side(sides.get().ours(), "ours"), side(sides.get().theirs(), "theirs"));
            StateBounds.requireWritable(union.merged());
            byte[] merged = StateJsonWriter.write(union.merged()).getBytes(StandardCharsets.UTF_8);
            StateBounds.requireWritable(merged);
            Path kept = KeptFile.keep(file, bytes, clock);
            AtomicFile.write(file, merged);
            return new Result(union, kept);
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot resolve " + file + ": " + IoErrorText.describe(e)
                    + "; the state file is unchanged", e);
        }
    }

    private Progress side(String text, String which) {
        try {
            return store.parse(text.getBytes(StandardCharsets.UTF_8));
        } catch (TrackerException e) {
            throw new TrackerException(e.exitCode(), "cannot resolve the conflict: " + which + " side of "
                    + e.getMessage().replaceFirst("^state file ", "") + "; nothing was written");
        }
    }
}
