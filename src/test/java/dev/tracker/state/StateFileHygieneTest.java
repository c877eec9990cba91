package dev.tracker.state;

import static dev.tracker.state.StateFixtures.T1;
import static dev.tracker.state.StateFixtures.T2;
import static dev.tracker.state.StateFixtures.T3;
import static dev.tracker.state.StateFixtures.todo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.tracker.graph.SkillStatus;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files beside state.json: owner-only permissions, stale temp files swept, nothing written for nothing. */
class StateFileHygieneTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    private Path state() {
        return dir.resolve("state.json");
    }

    private StateStore store() {
        return new StateStore(state());
    }

    @Test
    void aFileThatWasReadableByOthersBecomesOwnerOnlyOnTheNextWriteAndSoDoesItsBackup() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Files.writeString(state(), "{\"version\": 1}\n");
        Files.setPosixFilePermissions(state(), PosixFilePermissions.fromString("rw-rw-rw-"));

        store().update(p -> p.with(todo("r/a"), SkillStatus.DONE, T1));

        for (String name : new String[] {"state.json", "state.json.bak", "state.json.lock", "state.json.queue"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name)))).as(name)
                    .isEqualTo("rw-------");
        }
        assertThat(dir.resolve("state.json.bak")).hasContent("{\"version\": 1}\n");
    }

    @Test
    void tempFilesAKilledWriterLeftAreSweptByTheNextWriteAndNothingElse() throws IOException {
        store().update(p -> p.with(todo("r/a"), SkillStatus.DONE, T1));
        for (String stale : new String[] {"state.json.8417706094823657381.tmp", "state.json.bak.42.tmp"}) {
            Files.writeString(dir.resolve(stale), "{\"half\": ");
        }
        for (String kept : new String[] {"state.json.notes.tmp", "other.json.123.tmp", "state.json.orig"}) {
            Files.writeString(dir.resolve(kept), "the user's");
        }

        store().update(p -> p.with(todo("r/b"), SkillStatus.DONE, T2));

        assertThat(files()).containsExactlyInAnyOrder("state.json", "state.json.bak", "state.json.lock", "state.json.queue",
                "state.json.notes.tmp", "other.json.123.tmp", "state.json.orig");
    }

    @Test
    void anUpdateThatChangesNothingRewritesNeitherStateNorBackup() throws IOException {
        store().update(p -> p.with(todo("r/a"), SkillStatus.DONE, T1));
        store().update(p -> p.with(todo("r/b"), SkillStatus.DONE, T2));
        Files.setLastModifiedTime(state(), LONG_AGO);
        Files.setLastModifiedTime(store().backupFile(), LONG_AGO);
        Object inode = Files.getAttribute(state(), "unix:ino");

        store().update(p -> p.with(todo("r/a"), SkillStatus.DONE, T3));
        store().update(p -> p);

        assertThat(Files.getAttribute(state(), "unix:ino")).as("not replaced by a rename").isEqualTo(inode);
        assertThat(Files.getLastModifiedTime(state())).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(store().backupFile())).isEqualTo(LONG_AGO);
        assertThat(files()).containsExactlyInAnyOrder("state.json", "state.json.bak", "state.json.lock", "state.json.queue");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsStillRead() throws IOException {
        Files.writeString(state(), "\uFEFF{\r\n  \"history\": [\r\n    {\"at\":\"2026-11-21T09:00:00Z\",\"from\":\"todo\",\"id\":\"r/a\","
                + "\"to\":\"done\"}\r\n  ],\r\n  \"skills\": {},\r\n  \"version\": 1\r\n}\r\n");

        assertThat(store().load().history()).extracting(HistoryEntry::id).containsExactly("r/a");
        Progress written = store().update(p -> p.with(todo("r/b"), SkillStatus.DONE, T2));
        assertThat(Files.readString(state())).doesNotContain("\uFEFF", "\r").isEqualTo(StateJsonWriter.write(written));
    }

    private String[] files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toArray(String[]::new);
        }
    }
}
