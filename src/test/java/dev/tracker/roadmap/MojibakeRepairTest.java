package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** UTF-8 that was read as a Windows or Mac code page and saved again. */
class MojibakeRepairTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Week 1 \u00E2\u20AC\u201D Language                 | Week 1 \u2014 Language
            \u011F\u0178\u2014\u201C Week 1                    | \uD83D\uDDD3 Week 1
            Status: \u201A\u00FA\u00D6 COMPLETED               | Status: \u2705 COMPLETED
            \uF8FF\u00FC\u00F6\u00C4 CONCURRENCY GOD MODE      | \uD83D\uDE80 CONCURRENCY GOD MODE
            \u00C3\u00A9t\u00C3\u00A9                          | \u00E9t\u00E9
            """)
    void repairsCertainMojibake(String damaged, String repaired) {
        assertThat(MojibakeRepair.repair(damaged)).as("repair of %s", damaged).isEqualTo(repaired);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"caf\u00E9", "na\u00EFve", "\u00C4rger", "\u2192", "Stra\u00DFe", "cr\u00E8me br\u00FBl\u00E9e",
            "\u2014 \u2705 \uD83D\uDE80", "S\u00E3o Paulo", "\u00BD cup", "plain ascii"})
    void leavesGenuineTextAlone(String text) {
        assertThat(MojibakeRepair.repair(text)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Escape analysis\u00E2why the compiler",  // "—" lost two of its bytes
            "\u011F\u0178\u00AF Goal"                 // "🎯" lost its 0x8E byte (undefined in windows-1254)
    })
    void leavesUnrepairableRunsAsWritten(String text) {
        assertThat(MojibakeRepair.repair(text)).isEqualTo(text);
    }

    @Test
    void repairsTheCertainRunsOfALineAndKeepsTheOthers() {
        // the closing quote lost its last byte (0x9D is undefined in windows-1252)
        assertThat(MojibakeRepair.repair("Stop writing \u00E2\u20AC\u0153PHP in Go\u00E2\u20AC."))
                .isEqualTo("Stop writing \u201CPHP in Go\u00E2\u20AC.");
    }
}
