package dev.tracker.state;

import static dev.tracker.state.StateFixtures.T1;
import static dev.tracker.state.StateFixtures.todo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import dev.tracker.state.BrokenStateFiles.BrokenState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A state file that cannot be read is refused with its path and the fault's place, and never overwritten. */
class DamagedStateTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.tracker.state.BrokenStateFiles#all")
    void loadRefusesWithPathAndPlace(BrokenState broken) throws IOException {
        Path file = write(broken.bytes());

        TrackerException e = catchThrowableOfType(TrackerException.class, () -> new StateStore(file).load());

        assertThat(e).as("%s is refused", broken).isNotNull();
        assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(e.getMessage()).contains(file.toString()).contains("(line " + broken.line() + ", column ")
                .contains(broken.fragment()).doesNotContain("\n", "\r");
        // plain words: none of the JSON library's own text (issue 11)
        assertThat(e.getMessage()).doesNotContain("Source", "REDACTED", "StreamRead", "Unrecognized token", "end-of-input",
                "JsonToken", "CTRL-CHAR", "Duplicate field", "exceeds the maximum", "was expecting", "(code ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.tracker.state.BrokenStateFiles#all")
    void updateLeavesTheFileByteIdentical(BrokenState broken) throws IOException {
        byte[] bytes = broken.bytes();
        Path file = write(bytes);
        StateStore store = new StateStore(file);

        TrackerException e = catchThrowableOfType(TrackerException.class,
                () -> store.update(p -> p.with(todo("r/a"), SkillStatus.DONE, T1)));

        assertThat(e).as("%s is refused", broken).isNotNull();
        assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(file).hasBinaryContent(bytes);
        assertThat(store.backupFile()).doesNotExist();
        assertThat(dir.toFile().list()).allMatch(f -> !f.endsWith(".tmp"));
    }

    @Test
    void theMessageSaysTheFileWasLeftAloneAndWhatToDo() throws IOException {
        Path file = write("{".getBytes(StandardCharsets.UTF_8));

        TrackerException e = catchThrowableOfType(TrackerException.class, () -> new StateStore(file).load());

        assertThat(e.getMessage()).contains("left untouched").contains("move it away");
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = dir.resolve("state.json");
        Files.write(file, bytes);
        return file;
    }
}
