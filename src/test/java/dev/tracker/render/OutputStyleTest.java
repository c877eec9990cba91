package dev.tracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.render.OutputStyle.ColorChoice;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputStyleTest {
    private static final Map<String, String> UTF8 = Map.of("LANG", "en_US.UTF-8", "TERM", "xterm-256color");

    @Test
    void colourOnlyOnATerminal() {
        assertThat(OutputStyle.decide(ColorChoice.AUTO, false, false, UTF8, true).color()).isTrue();
        assertThat(OutputStyle.decide(ColorChoice.AUTO, false, false, UTF8, false).color()).isFalse();
    }

    @Test
    void noColorWithAnyValueOrTheOptionTurnsItOff() {
        assertThat(OutputStyle.decide(ColorChoice.AUTO, false, false, Map.of("LANG", "C.UTF-8", "NO_COLOR", ""), true).color())
                .as("NO_COLOR= (empty) keeps colour, as no-color.org says").isTrue();
        assertThat(OutputStyle.decide(ColorChoice.AUTO, false, false, Map.of("LANG", "C.UTF-8", "NO_COLOR", "1"), true).color())
                .isFalse();
        assertThat(OutputStyle.decide(ColorChoice.AUTO, true, false, UTF8, true).color()).isFalse();
        assertThat(OutputStyle.decide(ColorChoice.AUTO, false, false, Map.of("LANG", "C.UTF-8", "TERM", "dumb"), true).color())
                .isFalse();
    }

    @Test
    void colorAlwaysForcesItEvenInAPipeAndNeverForbidsIt() {
        assertThat(OutputStyle.decide(ColorChoice.ALWAYS, false, false, Map.of("NO_COLOR", "1"), false).color()).isTrue();
        assertThat(OutputStyle.decide(ColorChoice.NEVER, false, false, UTF8, true).color()).isFalse();
    }

    @Test
    void asciiWhereTheLocaleIsNotUtf8OrWhenAsked() {
        assertThat(OutputStyle.decide(ColorChoice.AUTO, false, false, Map.of("LANG", "C"), false).ascii()).isTrue();
        assertThat(OutputStyle.decide(ColorChoice.AUTO, false, false, Map.of(), false).ascii()).isTrue();
        assertThat(OutputStyle.decide(ColorChoice.AUTO, false, false, Map.of("LC_ALL", "POSIX", "LANG", "en_US.UTF-8"), false)
                .ascii()).as("LC_ALL wins over LANG").isTrue();
        assertThat(OutputStyle.decide(ColorChoice.AUTO, false, true, UTF8, false).ascii()).isTrue();
        assertThat(OutputStyle.decide(ColorChoice.AUTO, false, false, UTF8, false).ascii()).isFalse();
    }

    @Test
    void asciiStandInsAndColoursApplyToFinishedLines() {
        String line = "  go   ███▒░░  3/6  50%  [x] a → b …\n";
        assertThat(new OutputStyle(false, true).apply(line)).isEqualTo("  go   ###=..  3/6  50%  [x] a -> b ...\n");
        String colored = new OutputStyle(true, false).apply(line);
        assertThat(colored).contains("\u001b[32m███\u001b[0m", "\u001b[33m▒\u001b[0m", "\u001b[2m░░\u001b[0m",
                "\u001b[32m[x]\u001b[0m");
        assertThat(colored.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(line);
        assertThat(OutputStyle.PLAIN.apply(line)).isEqualTo(line);
    }
}
