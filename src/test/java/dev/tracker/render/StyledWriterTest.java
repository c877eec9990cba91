package dev.tracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines reach the target whole and made printable however the text was split into writes. */
class StyledWriterTest {
    private static final String[] PIECES = {"tracker", " ", "\n", "\r\n", "\u001b[2J", "\u009b", "✓ done", "…", "a\nb", "\n\n"};

    @Test
    void stringWritesCharWritesAndTheirMixGiveTheSameOutput() throws IOException {
        Random random = new Random(5);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(20); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            for (OutputStyle style : new OutputStyle[] {OutputStyle.PLAIN, new OutputStyle(true, true)}) {
                String oneCharAtATime = written(text.toString(), style, null, true);
                assertThat(written(text.toString(), style, new Random(round), false)).as("%s", text).isEqualTo(oneCharAtATime);
                assertThat(written(text.toString(), style, new Random(round), true)).isEqualTo(oneCharAtATime);
            }
        }
    }

    @Test
    void eachLineIsMadePrintableOnItsOwn() throws IOException {
        StringWriter target = new StringWriter();
        StyledWriter writer = new StyledWriter(target);
        writer.write("one \u001b\ntwo\r\nthree");
        assertThat(target.toString()).isEqualTo("one ^[\ntwo\r\n");
        writer.flush();
        assertThat(target.toString()).isEqualTo("one ^[\ntwo\r\nthree");
    }

    /** The text in random slices (one character a write when random is null), as strings or as char arrays. */
    private static String written(String text, OutputStyle style, Random random, boolean chars) throws IOException {
        StringWriter target = new StringWriter();
        StyledWriter writer = new StyledWriter(target);
        writer.style(style);
        for (int at = 0; at < text.length(); ) {
            int length = random == null ? 1 : Math.min(text.length() - at, 1 + random.nextInt(7));
            if (chars) {
                writer.write(text.substring(at, at + length).toCharArray(), 0, length);
            } else {
                writer.write(text, at, length);
            }
            at += length;
        }
        writer.flush();
        return target.toString();
    }
}
