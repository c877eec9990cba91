package dev.tracker.state;

import static dev.tracker.state.StateFixtures.T1;
import static dev.tracker.state.StateFixtures.T2;
import static dev.tracker.state.StateFixtures.todo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the tracker writes, it reads back: the bounds apply to writing as well as to reading. */
class StateBoundsTest {
    @TempDir
    Path dir;

    private StateStore store() {
        return new StateStore(dir.resolve("state.json"));
    }

    @Test
    void aTitleBeyondTheBoundIsCutWithoutSplittingACharacterAndReadsBack() {
        String title = "x".repeat(StateBounds.MAX_STRING_CHARS - 1) + "\uD83D\uDE00 and more"; // 😀 across the bound
        Skill skill = new Skill("r/long", "r", null, null, title, 0, SkillStatus.TODO, 1);

        Progress written = store().update(p -> p.with(skill, SkillStatus.DONE, T1));

        String kept = written.stateOf("r/long").title();
        assertThat(kept).hasSize(StateBounds.MAX_STRING_CHARS - 1).endsWith("x");
        assertThat(store().load()).isEqualTo(written);
    }

    @Test
    void aSkillIdBeyondTheBoundIsRefusedAndNothingIsWritten() throws IOException {
        store().update(p -> p.with(todo("r/a"), SkillStatus.DONE, T1));
        byte[] before = Files.readAllBytes(dir.resolve("state.json"));
        Skill skill = todo("r/" + "y".repeat(StateBounds.MAX_STRING_CHARS));

        TrackerException e = catchThrowableOfType(TrackerException.class,
                () -> store().update(p -> p.with(skill, SkillStatus.DONE, T2)));

        assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(e.getMessage()).contains("cannot record skill \"r/yyy").contains("nothing was changed").hasSizeLessThan(300);
        assertThat(dir.resolve("state.json")).hasBinaryContent(before);
    }

    @Test
    void aStateBeyondTheSizeBoundIsNeverWritten() {
        TrackerException e = catchThrowableOfType(TrackerException.class,
                () -> StateBounds.requireWritable(new byte[Math.toIntExact(StateBounds.MAX_FILE_BYTES + 1)]));

        assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(e.getMessage()).contains("more than the 64 MB");
        assertThatCode(() -> StateBounds.requireWritable(new byte[1024])).doesNotThrowAnyException();
    }

    @Test
    void theParserRefusesNestingBeyondTheBoundEvenWhereItOnlySkips() throws IOException {
        assertThat(skipAll("[".repeat(StateBounds.MAX_DEPTH) + "]".repeat(StateBounds.MAX_DEPTH))).isTrue();

        StreamConstraintsException e = catchThrowableOfType(StreamConstraintsException.class,
                () -> skipAll("[".repeat(StateBounds.MAX_DEPTH + 1) + "]".repeat(StateBounds.MAX_DEPTH + 1)));

        assertThat(e).hasMessageContaining("depth (17) exceeds the maximum allowed (16");
    }

    private static boolean skipAll(String json) throws IOException {
        try (JsonParser parser = StateBounds.JSON.createParser(json)) {
            parser.nextToken();
            parser.skipChildren();
            return parser.nextToken() == null;
        }
    }
}
