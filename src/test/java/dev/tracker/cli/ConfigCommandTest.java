package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file through the commands: precedence, `tracker config`, and a file that cannot be read whole. */
class ConfigCommandTest {
    private static final String PLAN = "# Plan\n- [ ] one\n- [ ] two\n- [ ] three\n- [ ] four\n- [ ] five\n- [ ] six\n";

    @TempDir
    Path dir;

    private TrackerRunner tracker() throws IOException {
        TrackerRunner tracker = new TrackerRunner(dir).roadmap("plan.md", PLAN);
        Files.createDirectories(dir.resolve("mine"));
        Files.writeString(dir.resolve("mine/own.md"), "# Own\n- [ ] alone\n");
        return tracker;
    }

    @Test
    void roadmapsComeFromTheFlagThenTheVariableThenTheConfigThenTheDefault() throws IOException {
        TrackerRunner tracker = tracker().config("roadmaps = \"" + dir.resolve("mine") + "\"\n");
        assertThat(tracker.ok("status").out()).as("$TRACKER_ROADMAPS beats the config").contains("plan").doesNotContain("own");
        tracker.env("TRACKER_ROADMAPS", null);
        assertThat(tracker.ok("status").out()).as("the config beats ./roadmaps").contains("own").doesNotContain("plan");
        assertThat(tracker.ok("--roadmaps", "roadmaps", "status").out()).as("the flag beats the config").contains("plan");
        assertThat(tracker.ok("config", "roadmaps").out()).isEqualTo(dir.resolve("mine") + "  (config line 1)\n");
        assertThat(tracker.ok("--roadmaps", "roadmaps", "config", "roadmaps").out()).contains("(--roadmaps)");
    }

    @Test
    void theConfigsPathsStartAtTheHomeFolder() throws IOException {
        TrackerRunner tracker = tracker().env("TRACKER_ROADMAPS", null).env("TRACKER_STATE", null);
        Files.createDirectories(dir.resolve("home/notes"));
        Files.writeString(dir.resolve("home/notes/n.md"), "# N\n- [ ] noted\n");
        tracker.config("roadmaps = \"~/notes\"\nstate = \"~/sync/state.json\"\n");
        tracker.ok("check", "noted");
        assertThat(dir.resolve("home/sync/state.json")).content().contains("n/noted");
        assertThat(tracker.ok("config", "state").out()).isEqualTo(dir.resolve("home/sync/state.json") + "  (config line 2)\n");
        assertThat(tracker.env("TRACKER_STATE", tracker.stateFile().toString()).ok("config", "state").out())
                .contains("($TRACKER_STATE)");
    }

    @Test
    void nextCountAndRetentionComeFromTheFlagOrVariableThenTheConfig() throws IOException {
        TrackerRunner tracker = tracker().config("[next]\ncount = 2\n[review]\nretention = 0.8\n");
        assertThat(tracker.ok("next").out()).contains("1. ", "2. ").doesNotContain("3. ");
        assertThat(tracker.ok("next", "--count", "3").out()).contains("3. ").doesNotContain("4. ");
        assertThat(tracker.ok("config", "review.retention").out()).isEqualTo("0.8  (config line 4)\n");
        assertThat(tracker.env("TRACKER_REVIEW_RETENTION", "0.95").ok("config", "review.retention").out())
                .isEqualTo("0.95  ($TRACKER_REVIEW_RETENTION)\n");
        tracker.ok("check", "one");
        assertThat(tracker.stateText()).contains("\"retention\":0.95");
    }

    @Test
    void colorAndAsciiComeFromTheFlagThenTheEnvironmentThenTheConfig() throws IOException {
        TrackerRunner tracker = tracker().styledAsMain().env("LANG", "C.UTF-8").config("color = \"always\"\nascii = true\n");
        tracker.ok("check", "one");
        String styled = tracker.ok("status").out();
        assertThat(styled).contains("\u001b[").contains("#").doesNotContain("█");
        assertThat(tracker.ok("--color", "never", "status").out()).doesNotContain("\u001b[");
        assertThat(tracker.env("NO_COLOR", "1").ok("status").out()).as("NO_COLOR beats the config").doesNotContain("\u001b[");
        assertThat(tracker.ok("config", "color").out()).isEqualTo("never  ($NO_COLOR)\n");
        assertThat(tracker.ok("config", "ascii").out()).isEqualTo("true  (config line 2)\n");
    }

    @Test
    void configAloneListsEverySettingAndItsSource() throws IOException {
        TrackerRunner tracker = tracker().config("# mine\nweek-start = \"sunday\"\nwrite-marks = true\n");
        String out = tracker.ok("config").out();
        assertThat(out).startsWith("config file  " + tracker.configFile() + "\n");
        assertThat(out.lines()).hasSize(10);
        assertThat(out).containsPattern("week-start +sunday +config line 2")
                .containsPattern("write-marks +true +config line 3")
                .containsPattern("next.count +5 +default")
                .containsPattern("state +" + java.util.regex.Pattern.quote(tracker.stateFile().toString()) + " +\\$TRACKER_STATE");
        assertThat(tracker.ok("config").out()).as("the same from the config cache").isEqualTo(out);
        assertThat(tracker.dir().resolve("home/.cache/tracker").toFile().list()).as("the cache it came from")
                .anyMatch(name -> name.startsWith("config-"));
        assertThat(tracker.env("TRACKER_WRITE_MARKS", "0").ok("config", "write-marks").out()).isEqualTo("false  ($TRACKER_WRITE_MARKS)\n");
    }

    @Test
    void configKeyValueSetsOneLineKeepingTheRest() throws IOException {
        String mine = "# synced through dotfiles\ncolor = \"never\"  # the laptop's terminal\n\n[next]\ncount = 3 # busy days\n";
        TrackerRunner tracker = tracker().config(mine);
        assertThat(tracker.ok("config", "next.count", "7").out())
                .isEqualTo("set next.count = 7 in " + tracker.configFile() + "\n");
        assertThat(tracker.configFile()).hasContent(mine.replace("count = 3", "count = 7"));
        tracker.ok("config", "week-start", "Friday");
        assertThat(tracker.configFile()).hasContent(mine.replace("count = 3", "count = 7")
                .replace("terminal\n", "terminal\nweek-start = \"friday\"\n"));
        assertThat(tracker.ok("config", "week-start").out()).isEqualTo("friday  (config line 3)\n");
    }

    @Test
    void configKeyValueCreatesTheFileAndMakesRelativePathsAbsolute() throws IOException {
        TrackerRunner tracker = tracker();
        tracker.ok("config", "roadmaps", "mine", "roadmaps");
        assertThat(tracker.configFile()).content().contains("roadmaps = [\"" + dir.resolve("mine") + "\", \""
                + dir.resolve("roadmaps") + "\"]");
        assertThat(tracker.env("TRACKER_ROADMAPS", null).ok("status").out()).contains("own", "plan");
    }

    @Test
    void aBadKeyOrValueForConfigIsRefusedAndNothingWritten() throws IOException {
        TrackerRunner tracker = tracker().config("color = \"auto\"\n");
        assertThat(tracker.fails(2, "config", "colour", "never").err()).isEqualTo("tracker: 'colour' is not a setting; did you mean 'color'?\n");
        assertThat(tracker.fails(2, "config", "next.count", "zero").err()).contains("'next.count' wants");
        assertThat(tracker.configFile()).hasContent("color = \"auto\"\n");
    }

    @Test
    void aConfigThatCannotBeReadWholeStopsEveryCommandWithFileLineAndKey() throws IOException {
        TrackerRunner tracker = tracker().config("color = \"auto\"\n# a comment\nnext.count = \"five\"\n");
        for (String[] command : new String[][] {{"status"}, {"check", "one"}, {"config"}, {"next"}}) {
            TrackerRunner.Run run = tracker.fails(2, command);
            assertThat(run.err()).isEqualTo("tracker: config " + tracker.configFile() + ":3: 'next.count' wants how many "
                    + "skills `next` lists: a whole number from 1 to 1000, not \"five\"; fix that line, or set it with "
                    + "`tracker config KEY VALUE`\n");
        }
        assertThat(tracker.stateFile()).as("no command ran on half a config").doesNotExist();
        tracker.config("colr = 1\n");
        assertThat(tracker.fails(2, "status").err()).startsWith("tracker: config " + tracker.configFile()
                + ":1: unknown key 'colr' (did you mean 'color'?)");
        tracker.config("[next\ncount = 2\n");
        assertThat(tracker.fails(2, "status").err()).startsWith("tracker: config " + tracker.configFile() + ":1: not valid TOML");
        assertThat(tracker.ok("--help").out()).as("help still works").contains("Usage:");
    }

    @Test
    void configKeyValueMendsTheFaultyLineItsErrorNames() throws IOException {
        String faulty = "# mine\ncolor = \"purple\"  # oops\nascii = tru\n";
        TrackerRunner tracker = tracker().config(faulty);
        assertThat(tracker.fails(2, "status").err()).contains(":3: 'ascii' has a value that is not valid TOML");
        TrackerRunner.Run mended = tracker.run("config", "ascii", "true");
        assertThat(mended.exit()).isZero();
        assertThat(tracker.configFile()).hasContent(faulty.replace("tru\n", "true\n"));
        assertThat(mended.err()).as("the fault left is named, the next to mend")
                .startsWith("tracker: warning: config " + tracker.configFile() + ":2: 'color' wants auto");
        assertThat(tracker.fails(2, "status").err()).contains(":2: 'color' wants auto");
        TrackerRunner.Run last = tracker.ok("config", "color", "never");
        assertThat(last.out()).isEqualTo("set color = \"never\" in " + tracker.configFile() + "\n");
        assertThat(tracker.configFile()).hasContent("# mine\ncolor = \"never\"  # oops\nascii = true\n");
        assertThat(tracker.ok("status").exit()).isZero();
        tracker.config("color = \"auto\"\n[next]\ncount = 3\n");
        assertThat(tracker.fails(2, "config", "next", "4").err()).contains("'next' is not a setting");
        assertThat(tracker.configFile()).as("a file that read whole is never written unreadable").hasContent("color = \"auto\"\n[next]\ncount = 3\n");
    }

    @Test
    void aConfigLinkedFromDotfilesStaysALinkWhenSet() throws IOException {
        TrackerRunner tracker = tracker();
        Path dotfiles = Files.createDirectories(dir.resolve("dotfiles")).resolve("config.toml");
        Files.writeString(dotfiles, "# synced\nnext.count = 2\n");
        Files.createDirectories(tracker.configFile().getParent());
        Files.createSymbolicLink(tracker.configFile(), dotfiles);
        assertThat(tracker.ok("config", "next.count").out()).isEqualTo("2  (config line 2)\n");
        tracker.ok("config", "next.count", "7");
        assertThat(tracker.configFile()).as("still the link").isSymbolicLink();
        assertThat(dotfiles).hasContent("# synced\nnext.count = 7\n");
        assertThat(tracker.ok("config", "next.count").out()).as("the edit read, not the cached 2").isEqualTo("7  (config line 2)\n");
    }

    @Test
    void aConfigNamingAMissingFolderIsOneLineAndExit66() throws IOException {
        TrackerRunner tracker = tracker().env("TRACKER_ROADMAPS", null).config("\nroadmaps = [\"~/gone\"]\n");
        TrackerRunner.Run run = tracker.fails(66, "status");
        assertThat(run.err()).isEqualTo("tracker: config " + tracker.configFile() + ":2: 'roadmaps' names "
                + dir.resolve("home/gone") + ", which does not exist; create it, or point the config elsewhere: "
                + "tracker config roadmaps DIR\n");
        tracker.ok("config", "roadmaps", "mine");
        assertThat(tracker.ok("status").out()).contains("own");
    }

    @Test
    void aConfigAnyoneMayWriteIsReadWithAWarning() throws IOException {
        TrackerRunner tracker = tracker().config("color = \"never\"\n");
        Files.setPosixFilePermissions(tracker.configFile(), PosixFilePermissions.fromString("rw-rw-rw-"));
        for (String read : new String[] {"read", "kept in the cache"}) {
            TrackerRunner.Run run = tracker.run("status");
            assertThat(run.exit()).isZero();
            assertThat(run.err()).as(read).isEqualTo("tracker: warning: config file " + tracker.configFile()
                    + " may be changed by any user (mode 0666); it is read anyway: chmod 600 " + tracker.configFile() + "\n");
        }
    }

    @Test
    void aConfigOfAnotherUserIsReadWithAWarning() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "only root can give a file to another user");
        TrackerRunner tracker = tracker().config("color = \"never\"\n");
        Files.setOwner(tracker.configFile(), tracker.configFile().getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName("nobody"));
        TrackerRunner.Run run = tracker.run("status");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).startsWith("tracker: warning: config file " + tracker.configFile()
                + " belongs to nobody, not to you (root)");
    }

    @Test
    void theBundledSampleSaysSoInOneLine() throws IOException {
        TrackerRunner tracker = new TrackerRunner(dir).env("TRACKER_ROADMAPS", null);
        TrackerRunner.Run run = tracker.run("status");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("go-architect-tracker");
        assertThat(run.err()).isEqualTo("tracker: this is the bundled sample, not your roadmaps: "
                + "`tracker init --roadmaps DIR` points the tracker at yours (README: Configuration)\n");
        assertThat(tracker.run("status", "--json").err()).isEmpty();
        assertThat(tracker().env("TRACKER_ROADMAPS", null).run("status").err()).as("./roadmaps is the user's").isEmpty();
    }
}
