package dev.tracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * DisplayWidth's shortcuts (printable ASCII, nothing wide below U+1100) against the plain rules
 * they skip, kept here as the oracle (with DisplayWidth's own table of wide symbols): every code
 * point, and strings mixing them.
 */
class DisplayWidthTest {
    /** The rules without shortcuts: Printable's form for controls, zero-width kinds, wide ranges. */
    private static int plainWidth(int c) {
        int visible = Printable.visibleWidth(c);
        if (visible >= 0) {
            return visible;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || c >= 0xFE00 && c <= 0xFE0F || c < 0x20) {
            return 0;
        }
        boolean wide = c >= 0x1F000 && c <= 0x1FAFF || c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF
                || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD;
        for (int[] range : DisplayWidth.WIDE_SYMBOLS) {
            wide |= c >= range[0] && c <= range[1];
        }
        return wide ? 2 : 1;
    }

    @Test
    void everyCodePointHasThePlainRulesWidth() {
        List<Integer> wrong = new ArrayList<>();
        for (int c = 0; c <= 0x3FFFF; c++) {
            if (DisplayWidth.of(c) != plainWidth(c)) {
                wrong.add(c);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void stringsMixingAsciiControlsAndWideCharactersAddUp() {
        int[] pool = {'a', ' ', '~', '\t', '\n', 0x1B, 0x7F, 0x9B, 0xE9, 0x301, 0x10FF, 0x1100, 0x231A, 0x4E2D, 0xFE0F,
            0x1F600, 0x200D};
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int expected = 0;
            for (int n = random.nextInt(12); n > 0; n--) {
                int c = pool[random.nextInt(pool.length)];
                text.appendCodePoint(c);
                expected += plainWidth(c);
            }
            assertThat(DisplayWidth.of(text.toString())).as("width of %s", text).isEqualTo(expected);
        }
        assertThat(DisplayWidth.of("[ ] interfaces/l2/mocking  Mocking")).isEqualTo(34);
        assertThat(DisplayWidth.of("中文 ok")).isEqualTo(7);
        assertThat(DisplayWidth.of("\u001b[2J")).isEqualTo(5);
    }
}
