package dev.tracker.state;

import static dev.tracker.state.StateFixtures.T1;
import static dev.tracker.state.StateFixtures.T2;
import static dev.tracker.state.StateFixtures.T3;
import static dev.tracker.state.StateFixtures.todo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {
    @TempDir
    Path dir;

    private final Skill a = todo("r/a");
    private final Skill b = todo("r/b");

    private StateStore store() {
        return new StateStore(dir.resolve("state.json"));
    }

    private Progress twoChanges(Progress p) {
        return p.with(b, SkillStatus.DONE, T1).with(a, SkillStatus.SKIPPED, T2);
    }

    @Test
    void missingFileLoadsAsEmptyProgress() {
        assertThat(store().load()).isEqualTo(Progress.EMPTY);
        assertThat(dir.resolve("state.json")).doesNotExist();
    }

    @Test
    void rehearsingAWriteTouchesNoFile() throws IOException {
        store().update(p -> p.with(a, SkillStatus.DONE, T1));
        String before = Files.readString(dir.resolve("state.json"));
        try (var files = Files.list(dir)) {
            List<Path> present = files.toList();

            store().rehearseWrite(twoChanges(Progress.EMPTY));

            try (var after = Files.list(dir)) {
                assertThat(after.toList()).containsExactlyInAnyOrderElementsOf(present);
            }
        }
        assertThat(Files.readString(dir.resolve("state.json"))).isEqualTo(before);
    }

    @Test
    void whatUpdateWritesLoadsBackEqual() {
        Skill odd = new Skill("r/odd", "r", null, null, "Say \"hi\" — ✅ \\ back\tslash", 0, SkillStatus.TODO, 1);
        Progress written = store().update(p -> twoChanges(p).with(odd, SkillStatus.IN_PROGRESS, T3));

        Progress read = new StateStore(dir.resolve("state.json")).load();

        assertThat(read).isEqualTo(written);
        assertThat(read.stateOf("r/odd").title()).isEqualTo("Say \"hi\" — ✅ \\ back\tslash");
        assertThat(read.stateOf("r/odd").at()).isEqualTo(T3);
        assertThat(read.history()).hasSize(3);
    }

    @Test
    void fileHasSortedKeysOneEntryPerLineAVersionAndATrailingNewline() throws IOException {
        Progress written = store().update(this::twoChanges);

        assertThat(Files.readString(dir.resolve("state.json"))).isEqualTo("""
                {
                  "history": [
                    {"at":"2026-11-21T09:00:00Z","cmd":"%s","from":"todo","id":"r/b","kind":"status","title":"Title of r/b","to":"done"},
                    {"at":"2026-11-22T10:30:00Z","cmd":"%s","from":"todo","id":"r/a","kind":"status","title":"Title of r/a","to":"skipped"}
                  ],
                  "skills": {
                    "r/a": {"at":"2026-11-22T10:30:00Z","status":"skipped","title":"Title of r/a"},
                    "r/b": {"at":"2026-11-21T09:00:00Z","status":"done","title":"Title of r/b"}
                  },
                  "version": 2
                }
                """.formatted(written.history().get(0).cmd(), written.history().get(1).cmd()));
    }

    @Test
    void updateRereadsTheFileAndAppendsToItsHistory() {
        store().update(p -> p.with(a, SkillStatus.DONE, T1));
        Progress after = store().update(p -> p.with(b, SkillStatus.DONE, T2));

        assertThat(after.history()).extracting(HistoryEntry::id).containsExactly("r/a", "r/b");
        assertThat(store().load()).isEqualTo(after);
    }

    @Test
    void backupHoldsThePreviousVersionAfterASecondWrite() throws IOException {
        store().update(p -> p.with(a, SkillStatus.DONE, T1));
        assertThat(store().backupFile()).as("nothing to back up on the first write").doesNotExist();
        byte[] first = Files.readAllBytes(dir.resolve("state.json"));

        store().update(p -> p.with(b, SkillStatus.DONE, T2));

        assertThat(store().backupFile()).isEqualTo(dir.resolve("state.json.bak")).hasBinaryContent(first);
        assertThat(Files.readAllBytes(dir.resolve("state.json"))).isNotEqualTo(first);
    }

    @Test
    void anUpdateThatChangesNothingDoesNotWrite() throws IOException {
        store().update(p -> p.with(a, SkillStatus.DONE, T1));
        byte[] before = Files.readAllBytes(dir.resolve("state.json"));

        store().update(p -> p.with(a, SkillStatus.DONE, T2));

        assertThat(dir.resolve("state.json")).hasBinaryContent(before);
        assertThat(store().backupFile()).doesNotExist();
    }

    @Test
    void noTempFilesAreLeftBehind() throws IOException {
        store().update(p -> p.with(a, SkillStatus.DONE, T1));
        store().update(p -> p.with(b, SkillStatus.DONE, T2));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("state.json", "state.json.bak", "state.json.lock", "state.json.queue");
        }
    }

    @Test
    void stateAndBackupAreReadableByTheOwnerOnly() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        store().update(p -> p.with(a, SkillStatus.DONE, T1));
        store().update(p -> p.with(b, SkillStatus.DONE, T2));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("state.json"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store().backupFile())))
                .isEqualTo("rw-------");
    }

    @Test
    void updateCreatesTheStateFolder() {
        StateStore nested = new StateStore(dir.resolve("data/tracker/state.json"));

        nested.update(p -> p.with(a, SkillStatus.DONE, T1));

        assertThat(dir.resolve("data/tracker/state.json")).isRegularFile();
        assertThat(nested.load().statusOf(a)).isEqualTo(SkillStatus.DONE);
    }
}
