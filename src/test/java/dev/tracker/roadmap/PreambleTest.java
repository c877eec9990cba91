package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Roadmap;
import dev.tracker.testing.TrackerRunner;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The text a roadmap holds before its first section: a mentor's rules, kept as written. */
class PreambleTest {
    @Test
    void theTextBetweenTitleAndFirstHeadingIsKeptAsWritten() {
        Roadmap roadmap = MarkdownRoadmapParser.parse("plan.md", """
                # Plan

                **Role:** You are my mentor.
                1. Scan for `[x]`.

                ---

                ## Basics
                - [ ] One
                """);

        assertThat(roadmap.preamble()).isEqualTo("**Role:** You are my mentor.\n1. Scan for `[x]`.\n");
    }

    @Test
    void aRoadmapThatStartsWithItsSectionsOrSkillsHasNone() {
        assertThat(MarkdownRoadmapParser.parse("a.md", "# A\n\n## Basics\n- [ ] One\n").preamble()).isEmpty();
        assertThat(MarkdownRoadmapParser.parse("b.md", "# B\nIntro line.\n- [ ] One\n- [x] Two\n").preamble())
                .isEqualTo("Intro line.\n");
        assertThat(MarkdownRoadmapParser.parse("c.md", "Before any heading.\n\n## Basics\n- [ ] One\n").preamble())
                .isEqualTo("Before any heading.\n");
    }

    @Test
    void setextTitlesCrlfAndMojibakeAreHandled() {
        assertThat(MarkdownRoadmapParser.parse("d.md", "Title\r\n=====\r\nRules \u00e2\u20ac\u201d here.\r\n\r\n## S\r\n- [ ] x\r\n")
                .preamble()).isEqualTo("Rules \u2014 here.\n");
    }

    @Test
    void theBundledRoadmapsWrittenForAMentorKeepTheirRules() throws Exception {
        Roadmap architect = MarkdownRoadmapParser.parse("go-architect-tracker.md",
                Files.readString(TrackerRunner.fixtureRoadmaps().resolve("go-architect-tracker.md")));
        Roadmap mastery = MarkdownRoadmapParser.parse("go-mastery-plan.md",
                Files.readString(TrackerRunner.fixtureRoadmaps().resolve("go-mastery-plan.md")));
        Roadmap god = MarkdownRoadmapParser.parse("concurrency-god-mode.md",
                Files.readString(TrackerRunner.fixtureRoadmaps().resolve("concurrency-god-mode.md")));

        assertThat(architect.preamble()).startsWith("**Role:** You are the User's Principal Mentor.\n")
                .contains("Scan for `[x]`").endsWith("(\"I make the right trade-offs\")\n");
        assertThat(mastery.preamble()).startsWith("1. **Absolute Depth:**").contains("5. **Proactive Teaching:**")
                .doesNotContain("Quarter 1");
        assertThat(god.preamble()).isEmpty();
    }
}
