package dev.tracker.roadmap;

import static dev.tracker.roadmap.ParsedFixture.parse;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** What the parser reads otherwise than the author may have meant gets a notice with its line. */
class DroppedInputNoticesTest {

    @Test
    void aMarkerWithoutItsSpaceIsNamedOnce() {
        ParsedFixture p = parse("- [ ] Fine\n- [ ]Missing space\n- [x]Done too\n");
        p.skillTitles().containsExactly("Fine");
        p.described(Assertions.assertThat(p.roadmap().notices())).containsExactly(
                "line 2: a marker with no space after it (\"- [ ]Text\") and 1 more is not read as a marker:"
                        + " put a space after \"]\"");
    }

    @Test
    void linksAndWellFormedMarkersGiveNoNotice() {
        ParsedFixture p = parse("- [x](https://example.com) a link\n- [x][ref] a reference\n- [ ] ok\n- [x]\n\n[ref]: /r\n");
        p.described(Assertions.assertThat(p.roadmap().notices())).isEmpty();
    }
}
