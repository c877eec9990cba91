package dev.tracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracker.graph.TrackerException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The config file is read whole or not at all; a fault names the file, the line and the key. */
class ConfigFileTest {
    private static final Path FILE = Path.of("/home/me/.config/tracker/config.toml");

    private static Config parse(String toml) {
        return ConfigFile.parse(FILE, toml);
    }

    private static String fault(String toml) {
        try {
            parse(toml);
        } catch (TrackerException e) {
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("no fault in:\n" + toml);
    }

    @Test
    void everyKeyIsReadWithItsLine() {
        Config config = parse("""
                # mine
                roadmaps = ["~/notes", "/srv/plan.md"]
                recursive = true
                state = "~/dotfiles/state.json"
                color = "never"
                ascii = true
                write-marks = true
                week-start = "Sunday"
                [next]
                count = 8   # a comment
                [review]
                retention = 0.85
                """);
        assertThat(config.get(ConfigKey.ROADMAPS)).isEqualTo(List.of("~/notes", "/srv/plan.md"));
        assertThat(config.get(ConfigKey.RECURSIVE)).isEqualTo(true);
        assertThat(config.get(ConfigKey.STATE)).isEqualTo("~/dotfiles/state.json");
        assertThat(config.get(ConfigKey.COLOR)).isEqualTo("never");
        assertThat(config.get(ConfigKey.ASCII)).isEqualTo(true);
        assertThat(config.get(ConfigKey.WRITE_MARKS)).isEqualTo(true);
        assertThat(config.get(ConfigKey.WEEK_START)).isEqualTo("sunday");
        assertThat(config.get(ConfigKey.NEXT_COUNT)).isEqualTo(8);
        assertThat(config.get(ConfigKey.REVIEW_RETENTION)).isEqualTo(0.85);
        assertThat(config.source(ConfigKey.NEXT_COUNT)).isEqualTo("config " + FILE + ":10");
        assertThat(config.source(ConfigKey.ROADMAPS)).isEqualTo("config " + FILE + ":2");
    }

    @Test
    void dottedKeysAndOnePathAreTheSame() {
        Config config = parse("roadmaps = \"~/notes\"\nnext.count = 3\n");
        assertThat(config.get(ConfigKey.ROADMAPS)).isEqualTo(List.of("~/notes"));
        assertThat(config.get(ConfigKey.NEXT_COUNT)).isEqualTo(3);
        assertThat(config.source(ConfigKey.NEXT_COUNT)).endsWith(":2");
    }

    @Test
    void anUnknownKeyNamesFileLineAndKeyAndTheNearestOne() {
        assertThat(fault("color = \"auto\"\n\ncolour = \"never\"\n"))
                .startsWith("config " + FILE + ":3: unknown key 'colour' (did you mean 'color'?)");
        assertThat(fault("[next]\ncount = 3\ncuont = 4\n")).startsWith("config " + FILE + ":3: unknown key 'next.cuont'");
    }

    @Test
    void aBadValueNamesFileLineKeyAndWhatItWants() {
        assertThat(fault("# x\nnext.count = \"five\"\n"))
                .startsWith("config " + FILE + ":2: 'next.count' wants how many skills `next` lists")
                .contains("not \"five\"");
        assertThat(fault("[review]\nretention = 1.5\n")).startsWith("config " + FILE + ":2: 'review.retention' wants");
        assertThat(fault("color = \"sometimes\"\n")).contains(":1: 'color' wants auto, always or never");
        assertThat(fault("ascii = \"yes\"\n")).contains(":1: 'ascii' wants true or false");
        assertThat(fault("roadmaps = []\n")).contains(":1: 'roadmaps' wants");
        assertThat(fault("roadmaps = [\"~/a\", 3]\n")).contains(":1: 'roadmaps' wants");
        assertThat(fault("week-start = \"someday\"\n")).contains(":1: 'week-start' wants");
        assertThat(fault("next = 3\n")).contains("unknown key 'next'");
    }

    @Test
    void aTomlSyntaxErrorNamesItsLine() {
        assertThat(fault("color = \"auto\"\nnext.count = = 3\n")).as("the key set on that line is named")
                .startsWith("config " + FILE + ":2: 'next.count' has a value that is not valid TOML (");
        assertThat(fault("color = \"auto\"\nascii = tru\n")).startsWith("config " + FILE + ":2: 'ascii' has a value that is not valid TOML (");
        assertThat(fault("[next\ncount = 2\n")).startsWith("config " + FILE + ":1: not valid TOML: ");
        assertThat(fault("color = \"auto\"\ncolor = \"never\"\n")).startsWith("config " + FILE + ":2: not valid TOML");
    }
}
