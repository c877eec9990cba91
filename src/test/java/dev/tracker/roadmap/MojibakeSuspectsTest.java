package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lines doctor lists: mojibake that the certain repair had to leave as written. */
class MojibakeSuspectsTest {
    private static Path roadmap(String file) {
        return dev.tracker.testing.TrackerRunner.fixtureRoadmaps().resolve(file);
    }

    @Test
    void bootcampKeycapsThatLostAByteAndTargetsThatLostOneAreListed() throws IOException {
        assertThat(MojibakeSuspects.lines(Files.readString(roadmap("go-4-week-bootcamp.md"))))
                .extracting(MojibakeSuspect::line, MojibakeSuspect::fragment)
                .containsExactly(tuple(4, "\u011F\u0178\u00AF"), tuple(6, "\u00E2\u20AC"), tuple(22, "\u00EF\u00B8\u00E2\u0192\u00A3"),
                        tuple(37, "\u00EF\u00B8\u00E2\u0192\u00A3"), tuple(61, "\u011F\u0178\u00AF"), tuple(102, "\u011F\u0178\u00AF"),
                        tuple(126, "\u011F\u0178\u00AF"), tuple(134, "\u00EF\u00B8\u00E2\u0192\u00A3"),
                        tuple(143, "\u00EF\u00B8\u00E2\u0192\u00A3"));
    }

    @Test
    void architectTrackerDashThatLostTwoBytesIsListedBecauseTheFileHasCertainDamage() throws IOException {
        assertThat(MojibakeSuspects.lines(Files.readString(roadmap("go-architect-tracker.md"))))
                .singleElement().satisfies(suspect -> {
                    assertThat(suspect.line()).isEqualTo(629);
                    assertThat(suspect.fragment()).isEqualTo("\u00E2");
                    assertThat(suspect.text()).startsWith("- [ ] **The Heap vs. Stack Boundary:**").contains("analysis\u00E2why");
                });
    }

    @Test
    void roadmapsRepairedWithCertaintyHaveNoSuspects() throws IOException {
        assertThat(MojibakeSuspects.lines(Files.readString(roadmap("concurrency-god-mode.md")))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"caf\u00E9 na\u00EFve ch\u00E2teau", "S\u00E3o Paulo \u00B7 Stra\u00DFe \u2014 \u2705",
            "\u00AB\u00C9T\u00C9\u00BB", "\uD55C\uAD6D\uC5B4 \u65E5\u672C\u8A9E", "Ti\u1EBFng Vi\u1EC7t", "plain ascii"})
    void genuineTextIsNotSuspect(String text) {
        assertThat(MojibakeSuspects.lines("# Notes\n" + text + "\n")).isEmpty();
    }

    @Test
    void aLoneLeadCountsOnlyWhereTheTextShowsCertainDamage() {
        assertThat(MojibakeSuspects.lines("Escape analysis\u00E2why\n")).isEmpty();
        assertThat(MojibakeSuspects.lines("Week 1 \u00E2\u20AC\u201D Go\nEscape analysis\u00E2why\n"))
                .extracting(MojibakeSuspect::line, MojibakeSuspect::text).containsExactly(tuple(2, "Escape analysis\u00E2why"));
    }

    @Test
    void aC1ControlCharacterIsSuspectAnywhere() {
        assertThat(MojibakeSuspects.lines("ok\r\nQuote \u0081 here\r\n"))
                .extracting(MojibakeSuspect::line, MojibakeSuspect::fragment).containsExactly(tuple(2, "\u0081"));
    }

    @Test
    void linesAreCountedAsTheParserCountsThem() {
        assertThat(MojibakeSuspects.lines("\uFEFFa\rb\r\nc\n1\u00EF\u00B8\u00E2\u0192\u00A3"))
                .extracting(MojibakeSuspect::line).containsExactly(4);
    }
}
