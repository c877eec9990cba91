package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How deep a line nests lists and block quotes, counted before Flexmark sees the file. */
class NestingScanTest {

    @ParameterizedTest(name = "\"{0}\" is {1} deep")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "plain text"                 | 0
            "- [ ] skill"                | 1
            "  - [ ] nested skill"       | 2
            "- - - [ ] x"                | 3
            "> > quoted"                 | 2
            ">>> tight quotes"           | 3
            "1. 2) - > mixed"            | 4
            "        - deep by indent"   | 5
            "\t\t- two tabs"             | 5
            "-not a marker"              | 0
            "12345678901. too many digits" | 0
            "    indented prose"         | 0
            "-"                          | 1
            """)
    void countsMarkersAndIndentation(String line, int depth) {
        assertThat(NestingScan.depthOf(line, 0, line.length())).isEqualTo(depth);
    }

    @Test
    void listsAsDeepAsTheLimitPass() {
        String deepest = IntStream.range(0, 100).mapToObj(i -> "- ".repeat(i) + "[ ] x\n").collect(Collectors.joining());
        NestingScan.check("# Plan\n" + deepest, 100);
    }

    @Test
    void oneLevelPastTheLimitIsRefusedWithItsLine() {
        String text = "# Plan\n- a\n" + "  ".repeat(101) + "- b\n";
        assertThatThrownBy(() -> NestingScan.check(text, 100)).isInstanceOf(RoadmapRefused.class)
                .hasMessage("nested too deeply: lists or block quotes 102 levels deep at line 3, more than the 100 a roadmap may have");
    }

    @Test
    void quotesPastTheLimitAreRefused() {
        assertThatThrownBy(() -> NestingScan.check(">".repeat(101) + " a", 100)).isInstanceOf(RoadmapRefused.class)
                .hasMessageContaining("101 levels deep at line 1");
    }
}
