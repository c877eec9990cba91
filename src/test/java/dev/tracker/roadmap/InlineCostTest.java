package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Flexmark's super-linear inline paths, each measured in one pass and refused past its budget. */
class InlineCostTest {
    private static Optional<String> excess(String text) {
        return InlineCost.excess(text).map(InlineCost.Excess::what);
    }

    @Test
    void theUsersOwnRoadmapsAreFarWithinEveryBudget() throws Exception {
        Path roadmaps = dev.tracker.testing.TrackerRunner.fixtureRoadmaps();
        try (var files = Files.list(roadmaps)) {
            assertThat(files).allSatisfy(file -> assertThat(excess(Files.readString(file))).as(file.toString()).isEmpty());
        }
    }

    @Test
    void linksWhoseTargetsNeverCloseArePricedByWhatFollowsThem() {
        assertThat(excess("[a](b".repeat(600))).isEmpty();
        assertThat(excess("[a](b".repeat(700))).contains("700 links in one paragraph whose brackets or targets never close");
        assertThat(excess("- [ ] [a](https://go.dev/a) and [b](https://go.dev/b)\n".repeat(5_000))).isEmpty();
    }

    @Test
    void linksInsideOpenBracketsArePricedByTheBracketsOpen() {
        assertThat(excess("![[]()".repeat(1_400))).isEmpty();
        assertThat(excess("![[]()".repeat(1_500))).contains("1500 links in one paragraph whose brackets or targets never close");
    }

    @Test
    void regexMatchesArePricedByTheParagraphEachCopies() {
        assertThat(excess("- [ ] Caf&eacute; &amp; `go vet` <https://go.dev>\n".repeat(100))).isEmpty();
        assertThat(excess("&#9999999;&amp;&#x;".repeat(50_000))).contains("150000 entities, code spans, <…> or reference "
                + "definitions in one paragraph of 928 KB (Flexmark copies the paragraph for each: a paragraph may cost 100 "
                + "million characters)");
        assertThat(excess("use `go vet` and `gofmt` ".repeat(5_000))).as("8.5 s in Flexmark").isPresent();
        assertThat(excess("see <https://go.dev> ".repeat(5_000))).as("4 s in Flexmark").isPresent();
        assertThat(excess("[a]: /u\n".repeat(20_000))).as("reference definitions").isPresent();
    }

    @Test
    void emphasisMarksAreCountedAlsoOneByOne() {
        assertThat(excess("*".repeat(20_000) + "a" + "*".repeat(20_000))).as("cmark's nested inlines").isEmpty();
        assertThat(excess("x " + "*".repeat(900_000) + " y")).contains("900000 marks of * or _ in one paragraph (a paragraph "
                + "may have 50000)");
    }

    @Test
    void emphasisMarksAreCountedByRun() {
        assertThat(excess("**a** ".repeat(5_000))).isEmpty();
        assertThat(excess("c* ".repeat(10_001))).contains("10001 runs of * or _ in one paragraph (a paragraph may have 10000)");
    }

    @Test
    void backtickRunsWithoutAPartnerArePricedByTheRestOfTheParagraph() {
        assertThat(excess("use `go vet` and `gofmt` ".repeat(400))).isEmpty();
        String distinctRuns = IntStream.range(1, 200).mapToObj(n -> "e" + "`".repeat(n)).collect(Collectors.joining());
        assertThat(excess(distinctRuns)).contains("199 runs of backticks in one paragraph that never close");
    }

    @Test
    void aLinkLabelOfBackslashEscapesWithoutItsBracketIsRefused() {
        assertThat(excess("[" + "\\!".repeat(16))).isEmpty();
        assertThat(excess("[" + "\\!".repeat(17)))
                .contains("a link label with 17 backslash escapes and no closing ] (2^17 ways to read it; a label may have 2^16)");
        assertThat(excess("[" + "\\".repeat(22))).as("a run: 1.6 ways a backslash").isEmpty();
        assertThat(excess("[" + "\\".repeat(40))).contains("a link label with 39 backslash escapes and no closing ] (2^27 ways to read it; a label may have 2^16)");
        assertThat(excess("[" + "\\".repeat(40) + "]")).as("closed: the label regex matches at once").isEmpty();
        assertThat(excess("[" + "\\".repeat(13) + "]" + "\\!".repeat(10))).as("its first try escapes that ]").isPresent();
        assertThat(excess("x [C:\\\\Users\\\\go] y")).isEmpty();
        assertThat(excess("[" + "\\".repeat(15) + "[" + "\\".repeat(15))).as("a [ after a backslash may be escaped").isPresent();
        assertThat(excess("[" + "\\".repeat(15) + " [" + "\\".repeat(15))).as("a bare [ opens another label").isEmpty();
    }

    @Test
    void theOffsetOfALabelIsWhereItOpens() {
        assertThat(InlineCost.excess("line one\n[" + "\\\\".repeat(20))).map(InlineCost.Excess::offset).contains(9);
    }
}
