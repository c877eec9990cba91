package dev.tracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracker.graph.TrackerException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `tracker config KEY VALUE` edits one line: every comment, blank line and other key stays as it was. */
class ConfigEditorTest {
    private static final String MINE = """
            # my settings, synced through dotfiles
            roadmaps = "~/notes"   # the laptop's folder

            color = "never"

            [next]
            # a short list on busy days
            count = 3 # three
            """;

    private static String set(String text, ConfigKey key, String... words) {
        String after = ConfigEditor.edited(text, key, ConfigEditor.literal(key, List.of(words)));
        ConfigFile.parse(Path.of("config.toml"), after); // still a config the reader takes
        return after;
    }

    @Test
    void aValueIsReplacedOnItsOwnLineKeepingItsComment() {
        assertThat(set(MINE, ConfigKey.NEXT_COUNT, "8")).isEqualTo(MINE.replace("count = 3 # three", "count = 8 # three"));
        assertThat(set(MINE, ConfigKey.ROADMAPS, "~/work")).isEqualTo(MINE.replace("\"~/notes\"", "\"~/work\""));
        assertThat(set(MINE, ConfigKey.COLOR, "auto")).isEqualTo(MINE.replace("\"never\"", "\"auto\""));
    }

    @Test
    void aNewTopLevelKeyGoesBeforeTheFirstTableAndADottedOneIntoItsTable() {
        assertThat(set(MINE, ConfigKey.ASCII, "true"))
                .isEqualTo(MINE.replace("color = \"never\"\n", "color = \"never\"\nascii = true\n"));
        assertThat(set(MINE, ConfigKey.REVIEW_RETENTION, "0.8"))
                .isEqualTo(MINE.replace("color = \"never\"\n", "color = \"never\"\nreview.retention = 0.8\n"));
        assertThat(set("# only a comment\n", ConfigKey.ASCII, "true")).isEqualTo("# only a comment\nascii = true\n");
        String withReview = MINE + "\n[review]\n# mine\nretention = 0.9\n";
        assertThat(set(withReview, ConfigKey.REVIEW_RETENTION, "0.8")).isEqualTo(withReview.replace("0.9", "0.8"));
        String noCount = MINE.replace("count = 3 # three\n", "");
        assertThat(set(noCount, ConfigKey.NEXT_COUNT, "4")).isEqualTo(noCount.replace("[next]\n", "[next]\ncount = 4\n"));
    }

    @Test
    void aListOverSeveralLinesBecomesOneLine() {
        String text = "roadmaps = [\n  \"~/a\",  # one\n  \"~/b\",\n]  # mine\ncolor = \"auto\"\n";
        assertThat(set(text, ConfigKey.ROADMAPS, "~/c", "~/d"))
                .isEqualTo("roadmaps = [\"~/c\", \"~/d\"]  # mine\ncolor = \"auto\"\n");
    }

    @Test
    void aStringHoldingAHashOrQuotesIsQuotedAndItsEndFound() {
        String text = "state = \"~/x#y/state.json\" # where\n";
        assertThat(set(text, ConfigKey.STATE, "~/with \"quotes\"/s.json"))
                .isEqualTo("state = \"~/with \\\"quotes\\\"/s.json\" # where\n");
    }

    @Test
    void aValueTheKeyDoesNotTakeIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> ConfigEditor.literal(ConfigKey.NEXT_COUNT, List.of("many")))
                .isInstanceOf(TrackerException.class).hasMessageContaining("'next.count' wants");
        assertThatThrownBy(() -> ConfigEditor.literal(ConfigKey.COLOR, List.of("auto", "never")))
                .hasMessageContaining("takes one value");
    }
}
