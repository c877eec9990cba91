package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.app.CommandLineFactory;
import dev.tracker.render.DisplayWidthProbe;
import dev.tracker.render.StyledWriter;
import dev.tracker.testing.TrackerRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Colour only on a terminal, never with NO_COLOR; layout within the width; ASCII where asked. */
class OutputConventionsTest {
    private static final String ESCAPE = "\u001b[";

    @TempDir
    Path dir;

    private String run(boolean terminal, Map<String, String> extraEnv, String... args) {
        StringWriter text = new StringWriter();
        StyledWriter styled = new StyledWriter(text);
        PrintWriter out = new PrintWriter(styled, true);
        Map<String, String> env = new HashMap<>(Map.of("HOME", dir.toString(), "LANG", "C.UTF-8", "TERM", "xterm",
                "TRACKER_STATE", dir.resolve("state.json").toString(), "TRACKER_ROADMAPS",
                TrackerRunner.fixtureRoadmaps().toString()));
        env.putAll(extraEnv);
        TrackerContext context = new TrackerContext(out, new PrintWriter(new StringWriter()), env, dir,
                Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC), terminal, styled::style);
        assertThat(CommandLineFactory.createFor(context, args).execute(args)).isZero();
        out.flush();
        return text.toString();
    }

    @Test
    void aTerminalGetsColourAndAPipeNone() {
        assertThat(run(true, Map.of(), "status")).contains(ESCAPE);
        assertThat(run(false, Map.of(), "status")).doesNotContain(ESCAPE);
    }

    @Test
    void noColorOnATerminalMeansNoEscapes() {
        for (String command : new String[] {"status", "next", "gaps", "list"}) {
            assertThat(run(true, Map.of("NO_COLOR", "1"), command)).as(command).doesNotContain(ESCAPE);
            assertThat(run(true, Map.of(), command, "--no-color")).as(command).doesNotContain(ESCAPE);
        }
    }

    @Test
    void colorAlwaysColoursAPipe() {
        assertThat(run(false, Map.of(), "status", "--color=always")).contains(ESCAPE);
    }

    @Test
    void asciiOptionAndANonUtf8LocaleUseAsciiBars() {
        assertThat(run(false, Map.of(), "status", "--ascii")).doesNotContain("█", "░").contains("######");
        assertThat(run(false, Map.of("LANG", "C"), "status")).doesNotContain("█", "░").contains("######");
    }

    @ParameterizedTest
    @CsvSource({"40, status", "40, next", "40, gaps", "40, list", "80, status", "80, next", "80, gaps", "80, list",
            "120, status", "120, next", "120, gaps", "120, list", "60, status", "60, next", "60, gaps", "60, list"})
    void noLineIsWiderThanTheTerminal(int columns, String command) {
        String out = run(false, Map.of("COLUMNS", String.valueOf(columns)), command);
        assertThat(out.lines()).isNotEmpty()
                .allSatisfy(line -> assertThat(DisplayWidthProbe.of(line)).as(line).isLessThanOrEqualTo(columns));
    }
}
