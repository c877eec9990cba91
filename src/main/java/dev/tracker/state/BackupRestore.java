package dev.tracker.state;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Brings back {@code state.json.bak}. Nothing is lost doing it: the file it replaces is kept
 * beside it as {@code state.json.replaced-<time>} (a name of its own, see
 * {@link KeptFile}), and both writes are atomic, under the lock.
 */
public final class BackupRestore {
    private final StateStore store;

    public BackupRestore(StateStore store) {
        this.store = store;
    }

    /** The backup's progress, read as strictly as the state file; a missing backup is an error naming it. */
    public Progress loadBackup() {
        Path backup = store.backupFile();
        if (!Files.exists(backup)) {
            throw new TrackerException(ExitCode.NO_INPUT, "there is no backup " + backup + " to restore");
        }
        return new StateStore(backup).load();
    }

    /** The backup's progress when it is there and whole, else why not (one of the two is null). */
    public record Backup(Progress progress, String trouble) {
    }

    /** What the backup holds, for doctor to show before it offers to restore it. */
    public Backup inspect() {
        if (!Files.isRegularFile(store.backupFile())) {
            return new Backup(null, "there is no backup " + store.backupFile().getFileName());
        }
        try {
            return new Backup(new StateStore(store.backupFile()).load(), null);
        } catch (TrackerException e) {
            String why = e.getCause() instanceof StateDamage ? ((StateDamage) e.getCause()).what() : e.getMessage();
            return new Backup(null, "its backup " + store.backupFile().getFileName() + " cannot be read either (" + why + ")");
        }
    }

    /** Restores the backup and returns where the replaced state file was kept, or null if there was none. */
    public Path restore(Clock clock) {
        loadBackup();
        Path file = store.file();
        try (StateLock lock = StateLock.acquire(file)) {
            Path kept = null;
            if (Files.exists(file)) {
                kept = KeptFile.keep(file, Files.readAllBytes(file), clock);
            }
            AtomicFile.write(file, Files.readAllBytes(store.backupFile()));
            return kept;
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot restore " + file + " from its backup: " + e.getMessage()
                    + "; the state file is unchanged", e);
        }
    }
}
