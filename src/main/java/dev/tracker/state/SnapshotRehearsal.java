package dev.tracker.state;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The snapshot's code run once on a small state in a folder of its own, for the JVM's training
 * run (dev.tracker.app.Warmup): a command on a long history then finds those classes in the
 * class-data archive. Writes a whole snapshot, a splice and a delta, reads them back, deletes all.
 */
public final class SnapshotRehearsal {
    private SnapshotRehearsal() {
    }

    public static void run(Path folder) throws IOException {
        Path dir = Files.createDirectories(folder.resolve("snapshot-rehearsal"));
        try {
            Path file = dir.resolve("state.json");
            StateSnapshots snapshots = new StateSnapshots(dir.resolve("cache"), 0);
            Instant at = Instant.parse("2026-01-01T00:00:00Z");
            for (int i = 0; i < 3; i++) {
                Skill skill = new Skill("r/s" + i, "r", null, null, "S" + i, 0, SkillStatus.TODO, 1);
                Instant when = at.plusSeconds(i);
                new StateStore(file, LockWait.DEFAULT, snapshots).update(p -> p.edit(when).status(skill, SkillStatus.DONE, when)
                        .review(skill.id(), "good", 0.9, when).done());
            }
            Progress read = new StateStore(file, LockWait.DEFAULT, snapshots).load();
            read.history().get(0); // the entries, read from the snapshot
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
