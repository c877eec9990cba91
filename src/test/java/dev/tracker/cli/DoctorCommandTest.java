package dev.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress survives edits of the roadmaps: doctor finds it, reattaches it, or brings back the backup. */
class DoctorCommandTest {
    private static final String PLAN = """
            # Plan
            ## Week 1
            - [ ] **Channels:** buffered and unbuffered channels in Go
            - [ ] **Select:** waiting on several channels at once
            ## Week 2
            - [ ] **Context:** cancellation and deadlines
            """;

    @TempDir
    Path dir;

    private TrackerRunner tracker() {
        return new TrackerRunner(dir).roadmap("plan.md", PLAN);
    }

    @Test
    void aHealthySetupSaysOkAndExitsZero() {
        TrackerRunner tracker = tracker();
        tracker.ok("check", "week-1/channels");
        TrackerRunner.Run run = tracker.ok("doctor");
        assertThat(run.out()).contains("1 roadmap, 3 skills", "ok: every entry belongs to a skill of the roadmaps");
    }

    @Test
    void aRewordedAndMovedSkillIsFoundAndReattached() throws IOException {
        TrackerRunner tracker = tracker();
        tracker.ok("check", "week-1/channels");
        tracker.roadmap("plan.md", PLAN.replace("- [ ] **Channels:** buffered and unbuffered channels in Go\n", "")
                .replace("## Week 2\n", "## Week 2\n- [ ] **Go channels:** buffered and unbuffered channels\n"));
        TrackerRunner.Run before = tracker.run("status", "--json");
        assertThat(before.out()).contains("\"done\" : 0");
        assertThat(before.err()).isEqualTo("tracker: 1 mark no longer matches a skill: tracker doctor\n");

        TrackerRunner.Run found = tracker.run("doctor");
        assertThat(found.exit()).isEqualTo(1);
        assertThat(found.out()).contains("plan/week-1/channels", "likely became: plan/week-2/go-channels",
                "tracker doctor --reattach");

        TrackerRunner.Run moved = tracker.run("doctor", "--reattach");
        assertThat(moved.exit()).as(moved.toString()).isZero();
        assertThat(moved.out()).contains("reattached plan/week-1/channels → plan/week-2/go-channels", "1 entry moved");
        assertThat(tracker.ok("status", "--json").out()).contains("\"done\" : 1");
        assertThat(tracker.stateText()).doesNotContain("\"plan/week-1/channels\":");
    }

    @Test
    void anEntryWithNoCloseSkillIsKeptAndReported() {
        TrackerRunner tracker = tracker();
        tracker.ok("check", "week-2/context");
        tracker.roadmap("plan.md", PLAN.replace("- [ ] **Context:** cancellation and deadlines\n", "- [ ] **Generics:** type sets\n"));
        TrackerRunner.Run run = tracker.run("doctor", "--reattach");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("0 entries moved", "plan/week-2/context", "no skill is close enough");
        assertThat(tracker.stateText()).contains("\"plan/week-2/context\"");
    }

    @Test
    void restoreBackupShowsWhatDiffersAndKeepsTheReplacedFile() throws IOException {
        TrackerRunner tracker = tracker();
        tracker.ok("check", "week-1/channels");
        tracker.ok("check", "week-1/select");
        byte[] damaged = "{ not json".getBytes(StandardCharsets.UTF_8);
        Files.write(tracker.stateFile(), damaged);

        TrackerRunner.Run run = tracker.ok("doctor", "--restore-backup");
        assertThat(run.out()).contains("the state file cannot be read", "plan/week-1/channels: no entry now, done in the backup",
                "restored");
        assertThat(tracker.ok("status", "--json").out()).contains("\"done\" : 1");
        try (Stream<Path> files = Files.list(tracker.stateFile().getParent())) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("state.json.replaced-")).findFirst().orElseThrow();
            assertThat(kept).hasBinaryContent(damaged);
        }
    }

    @Test
    void twoRestoresInOneSecondKeepBothReplacedFiles() throws IOException {
        TrackerRunner tracker = tracker();
        tracker.ok("check", "week-1/channels");
        tracker.ok("check", "week-1/select");
        byte[] firstDamage = "{ first damage".getBytes(StandardCharsets.UTF_8);
        byte[] secondDamage = "{ second damage".getBytes(StandardCharsets.UTF_8);
        Files.write(tracker.stateFile(), firstDamage);
        tracker.ok("doctor", "--restore-backup");
        Files.write(tracker.stateFile(), secondDamage); // the runner's clock stands still: the same second
        TrackerRunner.Run second = tracker.ok("doctor", "--restore-backup");

        try (Stream<Path> files = Files.list(tracker.stateFile().getParent())) {
            java.util.List<Path> kept = files.filter(p -> p.getFileName().toString().startsWith("state.json.replaced-"))
                    .sorted().toList();
            assertThat(kept).hasSize(2);
            assertThat(kept.get(0)).hasBinaryContent(firstDamage);
            assertThat(kept.get(1)).hasBinaryContent(secondDamage).hasFileName(kept.get(0).getFileName() + "-2");
            assertThat(second.out()).contains("kept as " + kept.get(1));
        }
    }

    @Test
    void restoreBackupNamesTheBackupOfAStateFileNamedOtherwise() throws IOException {
        TrackerRunner tracker = tracker();
        String state = dir.resolve("mine.json").toString();
        tracker.ok("check", "week-1/channels", "--state", state);
        tracker.ok("check", "week-1/select", "--state", state);
        Files.writeString(Path.of(state), "{ damaged");

        TrackerRunner.Run run = tracker.ok("doctor", "--restore-backup", "--state", state);
        assertThat(run.out()).startsWith("mine.json.bak differs from the state file:\n").doesNotContain("state.json");
        assertThat(tracker.ok("doctor", "--restore-backup", "--state", state).out())
                .isEqualTo("mine.json.bak holds the same as the state file; nothing to restore\n");
    }

    @Test
    void mojibakeThatCouldNotBeRepairedIsListedWithItsLine() {
        TrackerRunner.Run run = new TrackerRunner(dir).useFixtureRoadmaps().run("doctor");
        assertThat(run.exit()).as("a suspect line is a problem to look at").isEqualTo(1);
        assertThat(run.out()).containsPattern("\\? go-4-week-bootcamp\\.md:\\d+  mojibake that could not be repaired: \".*ï¸");
    }

    @Test
    void onAFreshInstallTheBundledRoadmapsAreNoAlarm() {
        // the bundled go-4-week-bootcamp.md holds the mojibake the test above finds in a folder of one's own
        TrackerRunner.Run run = new TrackerRunner(dir).env("TRACKER_ROADMAPS", "").ok("doctor");
        assertThat(run.out()).contains("roadmaps  bundled: 5 roadmaps", "ok: every entry belongs to a skill of the roadmaps")
                .doesNotContain("mojibake");
    }

    @Test
    void aHiddenDraftTheLoaderIgnoresIsNotDoctorsBusiness() {
        TrackerRunner tracker = tracker().roadmap(".draft.md", "# Draft\n\n- [ ] Ã©tÃ© broken â€ text ÃƒÂ©\n");

        TrackerRunner.Run run = tracker.ok("doctor");
        assertThat(run.out()).contains("1 roadmap, 3 skills").doesNotContain("draft", "mojibake");
    }

    @Test
    void onADamagedStateDoctorSaysWhatIsDamagedAndWhatTheBackupHolds() throws IOException {
        TrackerRunner tracker = tracker();
        tracker.ok("check", "week-1/channels");
        tracker.ok("check", "week-1/select"); // the backup holds the first check
        Files.writeString(tracker.stateFile(), "{\n  \"history\": [\n");

        TrackerRunner.Run run = tracker.run("doctor");
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("state     " + tracker.stateFile() + "\n"
                + "  cannot be read: line 3, column 1: the file ends inside a list (a ] is missing)\n"
                + "  its backup state.json.bak is whole: 1 skill set, 2 changes in the history, the\n"
                + "    last at 2026-11-21T09:00:00Z\n"
                + "    [x] plan/week-1/channels\n"
                + "  run `tracker doctor --restore-backup` to see how it differs and restore it\n");
        assertThat(run.out()).doesNotContain("Source", "end-of-input");
        assertThat(run.err()).doesNotContain("cannot be read");
    }

    @Test
    void onADamagedStateWithoutAWholeBackupDoctorSaysThatToo() throws IOException {
        TrackerRunner tracker = tracker();
        Files.writeString(tracker.stateFile(), "{ \"version\": 2, \"version\": 2 }");
        TrackerRunner.Run none = tracker.run("doctor");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.out()).contains("  cannot be read: line 1, column 26: the name \"version\" appears twice in one\n"
                + "    object\n"
                + "  there is no backup state.json.bak\n  fix the file by hand at that place, or move it away to start afresh\n");

        Files.writeString(tracker.stateFile().resolveSibling("state.json.bak"), "xyz");
        assertThat(tracker.run("doctor").out()).contains("  its backup state.json.bak cannot be read either (line 1, column 4: "
                + "'xyz' is\n    not JSON");
    }

    @Test
    void aDamagedStateWithABackupPointsEveryCommandToRestoreBackup() throws IOException {
        TrackerRunner tracker = tracker();
        tracker.ok("check", "week-1/channels");
        tracker.ok("check", "week-1/select");
        Files.writeString(tracker.stateFile(), "{ \"history\": [");
        TrackerRunner.Run run = tracker.fails(65, "check", "week-2/context");
        assertThat(run.err()).contains("cannot be read (line 1, column 15: the file ends inside a list (a ] is missing)); it was "
                + "left untouched: `tracker doctor --restore-backup` shows what its backup state.json.bak holds and restores it");
    }

    @Test
    void restoreWithoutABackupSaysSo() {
        TrackerRunner.Run run = tracker().fails(66, "doctor", "--restore-backup");
        assertThat(run.err()).contains("there is no backup");
    }
}
