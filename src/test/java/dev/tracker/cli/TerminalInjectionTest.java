package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A roadmap from the internet cannot steer the terminal: escape sequences in its titles, its
 * file name and the state file (OSC 52 sets the clipboard, OSC 0 the window title, the 8-bit
 * CSI U+009B, BEL, backspace, every other C0 and C1 control) reach stdout and stderr shown as
 * {@code ^[} or {@code <U+009B>}, and JSON escaped, in every command that prints them.
 */
class TerminalInjectionTest {
    private static final String OSC52 = "\u001b]52;c;aGFja2Vk\u0007";
    private static final String OSC0 = "\u001b]0;pwned\u0007";

    @TempDir
    Path tmp;

    private TrackerRunner tracker;

    @BeforeEach
    void hostileRoadmapsAndState() throws IOException {
        StringBuilder every = new StringBuilder();
        for (int c = 0; c <= 0x9F; c++) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0 || c >= 0x7F) {
                every.append("- [ ] all").append(c).append(" a").append((char) c).append("b\n");
            }
        }
        tracker = new TrackerRunner(tmp)
                .roadmap("e.md", "# E " + OSC0 + "\n\n## W " + OSC52 + "\n\n- [ ] **T" + OSC0 + "**: x\n"
                        + "- [ ] csi \u009b2J\u009b31m wipe\n- [ ] bs back\b\b\b\bfake\n\n## Every\n\n" + every)
                // no heading: the file name is the title
                .roadmap("n\u001b[2J\u0007.md", "- [ ] plain skill\n")
                .roadmapBytes("x\u001b]0;bin\u0007.md", new byte[] {'a', 0, 'b'});
        Files.writeString(tracker.stateFile(), "{\"history\":[],\"skills\":{\"gone/o" + "\\u001b]0;x\\u0007"
                + "\":{\"at\":\"2026-11-20T09:00:00Z\",\"status\":\"done\",\"title\":\"Orphan " + "\\u009b2J\\u001b[31m"
                + "\"}},\"version\":1}\n");
    }

    private static void assertPrintable(Run run) {
        for (String text : new String[] {run.out(), run.err()}) {
            assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F).toArray())
                    .as(run.toString()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "status", "status e", "show pwned", "show w", "search pwned", "next", "gaps",
            "doctor", "list --json", "status --json", "show pwned --json", "search pwned --json", "next --json",
            "gaps --json", "list e --todo", "__complete check pw"})
    void readersShowNoRawControl(String args) {
        Run run = tracker.run(args.split(" "));
        assertThat(run.exit()).as(run.toString()).isIn(0, 1);
        assertPrintable(run);
        assertThat(run.out() + run.err()).as("the sequences are shown, not dropped").containsAnyOf("^[", "\\u001B");
    }

    @Test
    void listShowsTheSequencesVisibly() {
        Run run = tracker.run("list", "e");
        assertThat(run.out()).contains("T^[]0;pwned^G: x", "W ^[]52;c;aGFja2Vk^G", "csi <U+009B>2J<U+009B>31m wipe",
                "back^H^H^H^Hfake", "a^[b", "a<U+0085>b", "a^?b");
        assertThat(tracker.run("list").out()).contains("n^[[2J^G");
        assertThat(tracker.run("list").err()).contains("x^[]0;bin^G.md");
    }

    @Test
    void jsonEscapesC0AndC1() {
        Run run = tracker.run("list", "e", "--json");
        assertThat(run.out()).contains("T\\u001B]0;pwned\\u0007: x", "csi \\u009B2J\\u009B31m wipe", "a\\u007Fb");
        assertPrintable(run);
    }

    @Test
    void changesAndUndoShowNoRawControl() {
        for (String args : new String[] {"check pwned", "start wipe", "skip fake", "undo", "undo --json", "log",
            "log --json", "uncheck pwned"}) {
            Run run = tracker.run(args.split(" "));
            assertThat(run.exit()).as(run.toString()).isZero();
            assertPrintable(run);
        }
        assertThat(tracker.run("check", "pwned").out()).contains("T^[]0;pwned^G: x");
    }

    @Test
    void errorsNamingFileTextShowNoRawControl() {
        Run run = tracker.run("check", "zzz" + OSC0);
        assertThat(run.exit()).isEqualTo(1);
        assertPrintable(run);
        assertThat(run.err()).contains("zzz^[]0;pwned^G");
    }
}
