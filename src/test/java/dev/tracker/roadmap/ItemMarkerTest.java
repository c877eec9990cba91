package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.SkillStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The marker at the start of a list item's text. */
class ItemMarkerTest {

    @Test
    void markerIsSplitFromTheRest() {
        assertThat(ItemMarker.parse("[/]   Channels and select "))
                .contains(new ItemMarker(SkillStatus.IN_PROGRESS, "Channels and select"));
    }

    @Test
    void leadingWhitespaceBeforeTheMarkerIsAllowed() {
        assertThat(ItemMarker.parse("  [-] Skipped topic")).contains(new ItemMarker(SkillStatus.SKIPPED, "Skipped topic"));
    }

    @Test
    void markerAloneHasAnEmptyRest() {
        assertThat(ItemMarker.parse("[x]")).contains(new ItemMarker(SkillStatus.DONE, ""));
    }

    @Test
    void tabAfterMarkerCountsAsWhitespace() {
        assertThat(ItemMarker.parse("[X]\tDefer")).contains(new ItemMarker(SkillStatus.DONE, "Defer"));
    }

    @Test
    void checkSymbolWithVariationSelectorIsOneMarker() {
        assertThat(ItemMarker.parse("\u2714\uFE0F Day 1")).contains(new ItemMarker(SkillStatus.DONE, "Day 1"));
    }

    @Test
    void ballotBoxesAreTodoAndDone() {
        assertThat(ItemMarker.parse("\u2610 Read")).contains(new ItemMarker(SkillStatus.TODO, "Read"));
        assertThat(ItemMarker.parse("\u2611 Write")).contains(new ItemMarker(SkillStatus.DONE, "Write"));
        assertThat(ItemMarker.parse("\u2612 Ship")).contains(new ItemMarker(SkillStatus.DONE, "Ship"));
        assertThat(ItemMarker.parse("[\u2610] Boxed")).contains(new ItemMarker(SkillStatus.TODO, "Boxed"));
    }

    @Test
    void bracketedCheckSymbolIsDone() {
        assertThat(ItemMarker.parse("[\u2714\uFE0F] Day 2")).contains(new ItemMarker(SkillStatus.DONE, "Day 2"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "[x]foo", "\u2705done", "[\u2714\uFE0F]bar", "[]", "[ x ] spaced",
            "[xx] two", "[?] what", "[ ", "plain text", "\u2714\uFE0F\uFE0F doubled selector"})
    void textWithoutAValidMarkerHasNone(String text) {
        assertThat(ItemMarker.parse(text)).isEmpty();
    }
}
