package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bytes to text: UTF-8, invalid sequences shown as U+FFFD and reported, binary refused. */
class RoadmapTextTest {
    @Test
    void validUtf8IsReadWithoutDamage() {
        RoadmapText text = RoadmapText.decode("# Plan \u2014 \uD83D\uDE80\n".getBytes(StandardCharsets.UTF_8));
        assertThat(text.text()).isEqualTo("# Plan \u2014 \uD83D\uDE80\n");
        assertThat(text.damage()).isEmpty();
    }

    @Test
    void eachInvalidSequenceIsCountedAndTheFirstLocated() {
        byte[] bytes = {'a', '\n', 'b', '\n', 'c', (byte) 0xE9, 'd', (byte) 0xE2, (byte) 0x80, '\n', (byte) 0xFF};
        RoadmapText text = RoadmapText.decode(bytes);
        assertThat(text.text()).isEqualTo("a\nb\nc\uFFFDd\uFFFD\n\uFFFD");
        assertThat(text.damage()).contains("invalid UTF-8 at byte 5 (line 3) and 2 more places, shown as \uFFFD");
    }

    @Test
    void oneInvalidByteIsOnePlace() {
        assertThat(RoadmapText.decode(new byte[] {(byte) 0xC0}).damage()).contains("invalid UTF-8 at byte 0 (line 1), shown as \uFFFD");
    }

    @Test
    void decodesExactlyAsJavaDoesForAnyBytes() {
        Random random = new Random(20_240_611);
        for (int round = 0; round < 2_000; round++) {
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = bytes[i] == 0 ? 1 : bytes[i];
            }
            assertThat(RoadmapText.decode(bytes).text()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aNulByteMeansBinary() {
        assertThatThrownBy(() -> RoadmapText.decode(new byte[] {'#', ' ', 0})).isInstanceOf(RoadmapRefused.class)
                .hasMessage("not text (a NUL byte at offset 2)");
    }

    @Test
    void aNulByteBeyondTheFirst8KbIsText() {
        byte[] bytes = new byte[9_000];
        java.util.Arrays.fill(bytes, (byte) 'a');
        bytes[8_500] = 0;
        assertThat(RoadmapText.decode(bytes).text()).hasSize(9_000);
    }
}
