package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Slug;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files no roadmap author meant: each gives a result or one clear error, never a crash. */
class HostileRoadmapTest {
    @TempDir
    Path dir;

    @Test
    void listsNestedThousandsDeepAreRefusedWithTheFileNamed() throws IOException {
        // "- - - … [ ] x": each marker opens a list inside the last, 50,000 deep in 100 KB
        Path file = dir.resolve("deep.md");
        Files.writeString(file, "# Deep\n" + "- ".repeat(50_000) + "[ ] x\n");
        assertThatThrownBy(() -> RoadmapLoader.load(dir))
                .isInstanceOfSatisfying(TrackerException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
                    assertThat(e.getMessage()).contains(file.toString(), "nested too deeply");
                });
    }

    @Test
    void aLeadingRuleWithKeyLikeTextIsNotFrontMatter() {
        Roadmap roadmap = MarkdownRoadmapParser.parse("plan.md",
                "---\nGoal: senior Go\n\n## Week 1\n- [ ] goroutines\n- [ ] channels\n\n---\n## Week 2\n- [ ] context\n");
        assertThat(roadmap.skills()).extracting(s -> s.id())
                .containsExactly("plan/week-1/goroutines", "plan/week-1/channels", "plan/week-2/context");
    }

    @Test
    void frontMatterWithoutAClosingFenceOfThousandsOfLinesIsLeftAlone() {
        String markdown = "---\n" + "key: value\n".repeat(5000) + "## Week 1\n- [ ] http\n";
        assertThat(MarkdownRoadmapParser.parse("plan.md", markdown).skills()).hasSize(1);
    }

    @Test
    void frontMatterIsBlankedAndLineNumbersKept() {
        Roadmap roadmap = MarkdownRoadmapParser.parse("plan.md", "---\ntitle: Go\ntags:\n  - go\n---\n# Go\n- [ ] http\n");
        assertThat(roadmap.title()).isEqualTo("Go");
        assertThat(roadmap.skills().get(0).line()).isEqualTo(7);
    }

    @Test
    void aHugeLevelNumberIsNoLevel() {
        assertThat(Slug.levelOf("L99999999999: big")).isZero();
        assertThat(MarkdownRoadmapParser.parse("x.md", "## L99999999999: big\n- [ ] a\n").skills().get(0).level()).isZero();
    }

    @Test
    void typographicQuotesDoNotSwallowTheirWords() {
        assertThat(Slug.words("Understand “Interface Pollution” in Go’s stdlib"))
                .containsExactly("understand", "interface", "pollution", "in", "go-s", "stdlib");
    }
}
