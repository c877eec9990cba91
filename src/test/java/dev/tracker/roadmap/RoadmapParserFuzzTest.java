package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tracker.graph.ExitCode;
import dev.tracker.graph.FocusHint;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.TrackerException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Any bytes, read as a roadmap file is read, give a roadmap or one {@link TrackerException};
 * never a crash, a hang, or a roadmap that contradicts itself. A refusal is a finding too unless
 * one of the checks made it: running out of time or stack means the checks before Flexmark
 * missed a shape it cannot handle, and any other exception the parse worker caught is a bug.
 *
 * <p>In {@code mvn verify} this runs the saved inputs of {@code RoadmapParserFuzzTestInputs/parse};
 * to fuzz, see the README ({@code JAZZER_FUZZ=1}).
 */
class RoadmapParserFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void parse(byte[] input) {
        String markdown;
        try {
            markdown = RoadmapText.decode(input).text();
        } catch (RoadmapRefused binary) {
            assertThat(binary.getMessage()).startsWith("not text");
            return;
        }
        assertThat(markdown).as("the decoder agrees with Java's own").isEqualTo(new String(input, StandardCharsets.UTF_8));
        Roadmap roadmap;
        try {
            roadmap = MarkdownRoadmapParser.parse("fuzz.md", markdown);
        } catch (TrackerException refused) {
            assertThat(refused.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
            assertThat(rootCause(refused)).as("only the checks' own refusals: %s", refused.getMessage())
                    .isInstanceOf(RoadmapRefused.class);
            return;
        }
        int lines = new LineIndex(markdown).lineOf(markdown.length());
        Set<String> ids = new HashSet<>();
        for (Section section : roadmap.sections()) {
            assertThat(ids.add(section.id())).as("section id %s is unique", section.id()).isTrue();
            assertThat(section.line()).as("line of section %s", section.id()).isBetween(1, lines);
        }
        for (Skill skill : roadmap.skills()) {
            assertThat(ids.add(skill.id())).as("skill id %s is unique", skill.id()).isTrue();
            assertThat(skill.line()).as("line of skill %s", skill.id()).isBetween(1, lines);
        }
        assertThat(roadmap.hints()).extracting(FocusHint::line).allSatisfy(line -> assertThat(line).isBetween(1, lines));
    }

    /** A deadline, a stack overflow or a bug caught by the parse worker is the cause of its refusal. */
    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
