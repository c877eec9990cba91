package dev.tracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Text.cut in one pass against the plain rule it replaced: code points added while the "…" still fits. */
class TextCutTest {
    private static String plainCut(String text, int width) {
        if (width <= 0) {
            return "";
        }
        if (DisplayWidth.of(text) <= width) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int columns = DisplayWidth.of(codePoint);
            if (used + columns > width - 1) {
                break;
            }
            out.appendCodePoint(codePoint);
            used += columns;
            i += Character.charCount(codePoint);
        }
        return out.toString().stripTrailing() + "…";
    }

    @Test
    void randomTextsAtEveryWidthAreCutAsThePlainRuleCutsThem() {
        int[] pool = {'a', 'Z', ' ', '\t', 0x1B, 0x9B, 0xE9, 0x301, 0x4E2D, 0x231A, 0xFE0F, 0x1F600, 0x200D, '…'};
        Random random = new Random(11);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(16); n > 0; n--) {
                text.appendCodePoint(pool[random.nextInt(pool.length)]);
            }
            for (int width = -1; width <= 20; width++) {
                assertThat(Text.cut(text.toString(), width)).as("cut(%s, %d)", text, width)
                        .isEqualTo(plainCut(text.toString(), width));
            }
        }
    }

    @Test
    void aTextThatFitsComesBackAsItIsAndALongOneEndsInTheEllipsis() {
        String fits = "[ ] interfaces/l2/mocking";
        assertThat(Text.cut(fits, 25)).isSameAs(fits);
        assertThat(Text.cut("[ ] interfaces/l2/mocking  Mocking", 20)).isEqualTo("[ ] interfaces/l2/m…");
        assertThat(Text.cut("ab   cd", 5)).isEqualTo("ab…");
        assertThat(Text.cut("中文中文", 5)).isEqualTo("中文…");
    }
}
