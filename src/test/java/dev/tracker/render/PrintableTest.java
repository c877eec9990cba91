package dev.tracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Every C0 and C1 control character is shown, never passed on; text and the tracker's own colour are left alone. */
class PrintableTest {
    /** Every code point from U+0000 to U+009F but tab and line feed: the characters that must never reach a terminal. */
    static String everyControl() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0x9F; c++) {
            if (c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F) {
                all.append((char) c);
            }
        }
        return all.toString();
    }

    /** True when the text holds a control character other than tab and line feed. */
    static boolean hasRawControl(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F);
    }

    @Test
    void c0ControlsAreShownInCaretNotation() {
        assertThat(Printable.of("a\u001b]0;pwned\u0007b")).isEqualTo("a^[]0;pwned^Gb");
        assertThat(Printable.of("\u0000\u0008\u000b\u000c\r\u001f")).isEqualTo("^@^H^K^L^M^_");
        assertThat(Printable.of("x\u007f")).isEqualTo("x^?");
    }

    @Test
    void c1ControlsAreShownAsCodePoints() {
        assertThat(Printable.of("\u009b31mred")).isEqualTo("<U+009B>31mred");
        assertThat(Printable.of("\u0080\u0085\u009d\u009f")).isEqualTo("<U+0080><U+0085><U+009D><U+009F>");
    }

    @Test
    void noControlOfC0OrC1SurvivesAndEachIsVisible() {
        String shown = Printable.of(everyControl());
        assertThat(hasRawControl(shown)).as(shown).isFalse();
        assertThat(shown).as("30 C0 controls, DEL, 32 C1 controls").hasSize(30 * 2 + 2 + 32 * 8);
    }

    @Test
    void tabsLineFeedsAndLineEndsAreKept() {
        assertThat(Printable.of("a\tb\n")).isEqualTo("a\tb\n");
        assertThat(Printable.of("a\r\n")).isEqualTo("a\r\n");
        assertThat(Printable.of("a\rb\n")).isEqualTo("a^Mb\n");
    }

    @Test
    void printableTextIsTheSameString() {
        String text = "concurrency · 16/49 ░░░ ✅ 日本 é …";
        assertThat(Printable.of(text)).isSameAs(text);
    }

    @Test
    void displayWidthCountsTheVisibleForm() {
        assertThat(DisplayWidth.of("a\u001bb")).isEqualTo(4);
        assertThat(DisplayWidth.of("\u009b")).isEqualTo(8);
        assertThat(DisplayWidth.of(Printable.of("T\u001b]0;x\u0007\u009b"))).isEqualTo(DisplayWidth.of("T\u001b]0;x\u0007\u009b"));
    }

    @Test
    void theWriterShowsControlsFromTextButKeepsItsOwnColour() throws IOException {
        StringWriter target = new StringWriter();
        StyledWriter writer = new StyledWriter(target);
        writer.style(new OutputStyle(true, false));
        writer.write("tracker: bad \u001b]52;c;aGFja2Vk\u0007 \u009b2J\n");
        writer.flush();
        assertThat(target.toString()).isEqualTo("\u001b[31mtracker:\u001b[0m bad ^[]52;c;aGFja2Vk^G <U+009B>2J\n");
    }
}
