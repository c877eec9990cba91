package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash script's own logic, run in a real bash against a stand-in `tracker` that answers
 * `__complete` with canned lines: what reaches COMPREPLY, and what the script asks.
 */
class BashCompletionScriptTest {
    @TempDir
    Path tmp;

    private String script;

    @BeforeEach
    void script() {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
        script = new TrackerRunner(tmp).ok("completion", "bash").out();
    }

    /** Runs {@code _tracker} on these words (the last is the cursor's), the stand-in printing {@code canned}. */
    private String complete(String canned, String... words) throws IOException, InterruptedException {
        StringBuilder test = new StringBuilder(script);
        test.append("tracker() { [ \"$1 $2\" = \"__complete --\" ] || return 3; shift 2;")
                .append(" printf '[%s]' \"$@\" >\"$ASKED\"; printf '%b' \"$CANNED\"; }\n")
                .append("COMP_WORDS=(tracker");
        for (String word : words) {
            test.append(" '").append(word).append('\'');
        }
        test.append("); COMP_CWORD=").append(words.length).append("; _tracker; cat \"$ASKED\"; printf '%s|' \"${COMPREPLY[@]}\"\n");
        Path file = tmp.resolve("test.bash");
        Files.writeString(file, test);
        ProcessBuilder bash = new ProcessBuilder("/bin/bash", "--norc", file.toString()).redirectErrorStream(true);
        bash.environment().put("CANNED", canned);
        bash.environment().put("ASKED", tmp.resolve("asked").toString());
        Process process = bash.start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void passesEveryWordUpToTheCursorAndKeepsTheValuesOnly() throws Exception {
        assertThat(complete("check\\tMark skills done.\\n", "che")).isEqualTo("[che]check|");
        assertThat(complete("", "--state", "s.json", "")).isEqualTo("[--state][s.json][]|");
    }

    @Test
    void matchesInsideTheWordKeepItAsTypedAndAreListed() throws Exception {
        assertThat(complete("a/interfaces/x\\tX\\nb/interfaces/y\\tY\\n", "check", "interf"))
                .isEqualTo("[check][interf]a/interfaces/x|b/interfaces/y|interf|");
        assertThat(complete("a/interfaces/x\\tX\\n", "check", "interf")).endsWith("]a/interfaces/x|");
    }

    @Test
    void aLoneEqualsSignIsTheEmptyWordAfterAnOption() throws Exception {
        assertThat(complete("auto\\t\\nalways\\t\\n", "--color", "=")).isEqualTo("[--color][=]auto|always|");
    }
}
