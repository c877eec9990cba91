package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kept copy of the state file never overwrites another, however many one second sees. */
class KeptFileTest {
    private static final Clock SAME_SECOND = Clock.fixed(Instant.parse("2026-11-21T09:00:00.250Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void copiesKeptInOneSecondEachGetANameOfTheirOwn() throws IOException {
        Path state = dir.resolve("state.json");
        Path first = KeptFile.keep(state, bytes("one"), SAME_SECOND);
        Path second = KeptFile.keep(state, bytes("two"), SAME_SECOND);
        Path third = KeptFile.keep(state, bytes("three"), SAME_SECOND);

        assertThat(first.getFileName()).hasToString("state.json.replaced-20261121-090000");
        assertThat(second.getFileName()).hasToString("state.json.replaced-20261121-090000-2");
        assertThat(third.getFileName()).hasToString("state.json.replaced-20261121-090000-3");
        assertThat(first).hasContent("one");
        assertThat(second).hasContent("two");
        assertThat(third).hasContent("three");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(second))).isEqualTo("rw-------");
    }

    @Test
    void aNameTakenByAnythingElseIsLeftAlone() throws IOException {
        Path state = dir.resolve("state.json");
        Path foreign = Files.writeString(dir.resolve("state.json.replaced-20261121-090000"), "mine");
        Files.createDirectory(dir.resolve("state.json.replaced-20261121-090000-2"));

        Path kept = KeptFile.keep(state, bytes("new"), SAME_SECOND);

        assertThat(kept.getFileName()).hasToString("state.json.replaced-20261121-090000-3");
        assertThat(foreign).hasContent("mine");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
