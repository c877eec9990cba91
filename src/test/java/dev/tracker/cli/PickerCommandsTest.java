package dev.tracker.cli;

import static dev.tracker.testing.FixtureRoadmaps.DEFINE;
import static dev.tracker.testing.FixtureRoadmaps.IMPLICIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import dev.tracker.shell.Choice;
import dev.tracker.shell.Picker;
import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.TrackerRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ambiguous queries: a picker answers where someone can be asked; with no terminal, the error as before. */
class PickerCommandsTest {
    @TempDir
    java.nio.file.Path tmp;

    private TrackerRunner tracker;
    private final List<String> asked = new ArrayList<>();
    private final List<Choice> offered = new ArrayList<>();

    @BeforeEach
    void roadmaps() {
        tracker = FixtureRoadmaps.both(tmp);
    }

    /** A picker that records what it was asked and chooses the candidate at {@code index}. */
    private Picker choosing(int index) {
        return (question, choices, refusal) -> {
            asked.add(question);
            offered.addAll(choices);
            return index;
        };
    }

    @Test
    void withNoTerminalAnAmbiguousQueryStillFailsWithTheCandidateList() {
        TrackerRunner.Run run = tracker.fails(2, "check", "interface");
        assertThat(run.err()).startsWith("tracker: 'interface' matches 4 skills; nothing was changed. Name one by its id:\n"
                + "  define-an-interface  Define an interface\n");
        assertThat(run.err()).as("the section that ties with the skills is named too")
                .contains("  (a section too: tracker check --all interfaces changes all its open skills)\n");
        assertThat(tracker.stateText()).isNull();
        assertThat(tracker.runPicking(Picker.NO_TERMINAL, "check", "interface")).isEqualTo(run);
    }

    @Test
    void checkMarksTheSkillChosenAmongAllCandidates() {
        TrackerRunner.Run run = tracker.runPicking(choosing(3), "check", "interface");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("[x] todo → done  " + IMPLICIT);
        assertThat(asked).containsExactly("'interface' matches 4 skills");
        assertThat(offered).as("best first: the word whole in the skill's own name, then as the start of one")
                .extracting(Choice::id).containsExactly("define-an-interface", "mocking-with-interfaces",
                        "embedding-interfaces", "implicit-satisfaction");
        assertThat(tracker.stateText()).contains(IMPLICIT).doesNotContain(DEFINE);
    }

    @Test
    void cancellingChangesNothingAndExits2() {
        Picker cancelling = (question, choices, refusal) -> {
            throw new TrackerException(ExitCode.USAGE, "nothing chosen; nothing was changed");
        };
        for (String[] command : List.of(new String[] {"check", "interface"}, new String[] {"uncheck", "interface"},
                new String[] {"start", "interface"}, new String[] {"skip", "interface"}, new String[] {"show", "thing"})) {
            tracker.fails(2, command);
            TrackerRunner.Run run = tracker.runPicking(cancelling, command);
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("tracker: nothing chosen; nothing was changed\n");
        }
        assertThat(tracker.stateText()).isNull();
    }

    @Test
    void showAndListPickAmongSectionsAndShowAmongSkills() {
        tracker.roadmap("gamma.md", "# Gamma\n## Week 1\n- [ ] Read\n## Week 2\n- [ ] Write\n");
        assertThat(tracker.runPicking(choosing(1), "show", "week").out()).startsWith("section  gamma/week-2\n");
        assertThat(tracker.runPicking(choosing(0), "list", "week").out()).startsWith("gamma › Week 1");
        assertThat(tracker.runPicking(choosing(2), "show", "thing").out()).startsWith("[-] beta/only/skipped-thing\n");
        assertThat(asked).containsExactly("'week' matches 2 sections", "'week' matches 2 sections", "'thing' matches 3 skills");
    }

    @Test
    void aUniqueQueryNeverAsks() {
        tracker.runPicking(choosing(3), "start", "define interface");
        assertThat(asked).isEmpty();
        assertThat(tracker.stateText()).contains(DEFINE);
    }
}
