package dev.tracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * DisplayWidth's shortcuts (printable ASCII, nothing wide below U+1100) against the plain rules
 * they skip, kept here as the oracle: every code point, and strings mixing them.
 */
class DisplayWidthTest {
    private static final int[][] WIDE_SYMBOLS = {
        {0x231A, 0x231B}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3}, {0x25FD, 0x25FE},
        {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1},
        {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4},
        {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD},
        {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E},
        {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF},
        {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
    };

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
        for (int[] range : WIDE_SYMBOLS) {
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
