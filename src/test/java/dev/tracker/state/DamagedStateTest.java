package dev.tracker.state;

import static dev.tracker.state.StateFixtures.T1;
import static dev.tracker.state.StateFixtures.todo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A state file that cannot be read is refused with its path and the fault's place, and never overwritten. */
class DamagedStateTest {
    private static final String AT = "\"at\": \"2026-11-21T09:00:00Z\"";

    @TempDir
    Path dir;

    static Stream<Arguments> damagedFiles() {
        return Stream.of(
                Arguments.of("empty file", "", 1, "must be a JSON object"),
                Arguments.of("only whitespace", "\n\n  \n", 4, "must be a JSON object"),
                Arguments.of("truncated", "{\n  \"history\": [\n    {\"at\":\"2026-11-21T09:00:00Z\",\"from\":\"todo\",", 3, "end-of-input"),
                Arguments.of("invalid JSON (trailing comma)", "{\n  \"version\": 1,\n}\n", 3, "field name"),
                Arguments.of("not an object", "[\n]\n", 1, "must be a JSON object"),
                Arguments.of("duplicate top-level key", "{\n  \"version\": 1,\n  \"version\": 1\n}\n", 3, "Duplicate field 'version'"),
                Arguments.of("duplicate skill id", "{\n  \"skills\": {\n    \"r/a\": {" + AT + ", \"status\": \"done\"},\n"
                        + "    \"r/a\": {" + AT + ", \"status\": \"todo\"}\n  },\n  \"version\": 1\n}\n", 4, "Duplicate field 'r/a'"),
                Arguments.of("trailing garbage", "{\"version\": 1}\ngarbage\n", 2, "garbage"),
                Arguments.of("a second object after the first", "{\"version\": 1}\n{\"version\": 1}\n", 2, "after the end"),
                Arguments.of("status is a number", "{\n  \"skills\": {\n    \"r/a\": {" + AT + ", \"status\": 3}\n  },\n  \"version\": 1\n}\n",
                        3, "\"status\" in a skill entry must be a string"),
                Arguments.of("unknown status label", "{\n  \"skills\": {\n    \"r/a\": {" + AT + ", \"status\": \"finished\"}\n  },\n  \"version\": 1\n}\n",
                        3, "\"finished\""),
                Arguments.of("unknown history status", "{\n  \"history\": [\n    {" + AT + ", \"from\": \"todo\", \"id\": \"r/a\", \"to\": \"half\"}\n  ],\n  \"version\": 1\n}\n",
                        3, "\"half\""),
                Arguments.of("bad time", "{\n  \"skills\": {\n    \"r/a\": {\"at\": \"yesterday\", \"status\": \"done\"}\n  },\n  \"version\": 1\n}\n",
                        3, "\"yesterday\""),
                Arguments.of("history entry without id", "{\n  \"history\": [\n    {" + AT + ", \"from\": \"todo\", \"to\": \"done\"}\n  ],\n  \"version\": 1\n}\n",
                        3, "\"id\""),
                Arguments.of("unknown top-level field", "{\n  \"version\": 1,\n  \"colour\": \"red\"\n}\n", 3, "unknown field \"colour\""),
                Arguments.of("unknown field in a skill entry",
                        "{\n  \"skills\": {\n    \"r/a\": {" + AT + ", \"note\": \"keep me\", \"status\": \"done\"}\n  },\n  \"version\": 1\n}\n",
                        3, "\"note\""),
                Arguments.of("unknown field in a history entry",
                        "{\n  \"history\": [\n    {" + AT + ", \"from\": \"todo\", \"id\": \"r/a\", \"machine\": \"laptop\", \"to\": \"done\"}\n  ],\n"
                                + "  \"version\": 1\n}\n", 3, "\"machine\""),
                Arguments.of("no version", "{\n  \"skills\": {}\n}\n", 3, "no \"version\""),
                Arguments.of("version is text", "{\n  \"version\": \"1\"\n}\n", 2, "whole number"),
                Arguments.of("version 2", "{\n  \"version\": 2\n}\n", 2, "schema version 2 is newer"),
                Arguments.of("version 0", "{\n  \"version\": 0\n}\n", 2, "version 0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedFiles")
    void loadRefusesWithPathAndPlace(String name, String text, int line, String fragment) throws IOException {
        Path file = write(text.getBytes(StandardCharsets.UTF_8));

        TrackerException e = catchThrowableOfType(TrackerException.class, () -> new StateStore(file).load());

        assertThat(e).as("%s is refused", name).isNotNull();
        assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(e.getMessage()).contains(file.toString()).contains("line " + line + ", column ").contains(fragment)
                .doesNotContain("\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedFiles")
    void updateLeavesTheFileByteIdentical(String name, String text, int line, String fragment) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path file = write(bytes);
        StateStore store = new StateStore(file);

        TrackerException e = catchThrowableOfType(TrackerException.class,
                () -> store.update(p -> p.with(todo("r/a"), SkillStatus.DONE, T1)));

        assertThat(e).as("%s is refused", name).isNotNull();
        assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(file).hasBinaryContent(bytes);
        assertThat(store.backupFile()).doesNotExist();
        assertThat(dir.toFile().list()).allMatch(f -> !f.endsWith(".tmp"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws IOException {
        byte[] bytes = {'{', '"', 'v', (byte) 0xFF, (byte) 0xFE, '"', ':', '1', '}'};
        Path file = write(bytes);

        TrackerException e = catchThrowableOfType(TrackerException.class, () -> new StateStore(file).load());

        assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(e.getMessage()).contains(file.toString()).contains("not UTF-8");
        assertThat(file).hasBinaryContent(bytes);
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
