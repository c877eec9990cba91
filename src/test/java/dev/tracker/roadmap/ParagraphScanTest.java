package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A paragraph or table of more lines than a study plan has is refused before Flexmark squares its cost. */
class ParagraphScanTest {
    @Test
    void aParagraphOfTheLimitPassesOneLineMoreIsRefusedWhereItStarts() {
        assertThatCode(() -> ParagraphScan.check("# T\n\n" + "| x |\n".repeat(100), 100)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ParagraphScan.check("# T\n\n" + "| x |\n".repeat(101), 100))
                .hasMessage("too costly to parse: a paragraph or table of more than 100 lines at line 3 (a paragraph may have 100)");
    }

    @Test
    void blankLinesListItemsHeadingsAndFencedCodeEndTheCount() {
        assertThatCode(() -> ParagraphScan.check(("x\n".repeat(60) + "\n").repeat(10), 100)).doesNotThrowAnyException();
        assertThatCode(() -> ParagraphScan.check("- [ ] a\n".repeat(500), 100)).doesNotThrowAnyException();
        assertThatCode(() -> ParagraphScan.check(("x\n".repeat(60) + "## H\n").repeat(10), 100)).doesNotThrowAnyException();
        assertThatCode(() -> ParagraphScan.check("```\n" + "x\n".repeat(500) + "```\n", 100)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ParagraphScan.check("```\nx\n```\n" + "x\n".repeat(101), 100)).isInstanceOf(RoadmapRefused.class);
    }

    @Test
    void aRunOfMarksLongerThanTheLimitIsRefusedSpacesInsideItCount() {
        assertThatCode(() -> MarkRunScan.check("*".repeat(20_000) + "a" + "*".repeat(20_000), 50_000)).doesNotThrowAnyException();
        assertThatCode(() -> MarkRunScan.check(("- [ ] " + "-".repeat(40) + "\n").repeat(5_000), 50_000)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MarkRunScan.check("# S\n- [ ] " + "* ".repeat(50_001), 50_000))
                .hasMessage("too costly to parse: a run of more than 50000 * at line 2 (a run may have 50000)");
    }
}
