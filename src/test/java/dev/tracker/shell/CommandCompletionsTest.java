package dev.tracker.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.app.CommandLineFactory;
import dev.tracker.cli.Commands;
import dev.tracker.graph.SkillGraph;
import dev.tracker.roadmap.RoadmapLoader;
import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.TrackerRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandCompletionsTest {
    @TempDir
    Path tmp;

    private final List<String> roadmapsAsked = new ArrayList<>();
    private CommandCompletions completions;

    @BeforeEach
    void setUp() {
        TrackerRunner runner = FixtureRoadmaps.both(tmp);
        SkillGraph graph = new SkillGraph(RoadmapLoader.read(runner.roadmapsDir()).roadmaps());
        PrintWriter nowhere = new PrintWriter(new StringWriter());
        completions = new CommandCompletions(CommandLineFactory.create(runner.context(nowhere, nowhere)).getCommandSpec(),
                roadmaps -> {
                    roadmapsAsked.add(String.valueOf(roadmaps));
                    return graph;
                }, List.of(new CommandCompletions.Suggestion("exit", "Leave.", "commands")), Commands::argumentsOf);
    }

    /** The values offered for the last word of {@code line} (a trailing space: an empty word). */
    private List<String> values(String line) {
        List<String> words = new ArrayList<>(Arrays.asList(line.split(" ", -1)));
        String word = words.remove(words.size() - 1);
        return completions.complete(words, word).suggestions().stream().map(CommandCompletions.Suggestion::value).toList();
    }

    @Test
    void commandsByPrefixThenAnywhereAndHiddenOnesNever() {
        assertThat(values("che")).containsExactly("check");
        assertThat(values("heck")).containsExactly("check", "uncheck");
        assertThat(values("")).contains("status", "check", "shell", "completion", "exit").doesNotContain("__complete");
        assertThat(values("show ex")).as("shell commands only in place of a command").doesNotContain("exit");
    }

    @Test
    void skillIdsContainingTheWordForMarkCommands() {
        assertThat(values("check interf")).containsExactly(FixtureRoadmaps.DEFINE, FixtureRoadmaps.IMPLICIT,
                FixtureRoadmaps.MOCKING, FixtureRoadmaps.EMBEDDING);
        assertThat(values("--state s.json start mocking")).containsExactly(FixtureRoadmaps.MOCKING);
        assertThat(values("skip contrl")).as("letters in order").containsExactly(FixtureRoadmaps.CONTROL_FLOW);
    }

    @Test
    void showOffersRoadmapsSectionsAndSkillsListNoSkillsStatusRoadmaps() {
        assertThat(values("show interfaces/l")).containsExactly("alpha/interfaces/l1", "alpha/interfaces/l2",
                FixtureRoadmaps.DEFINE, FixtureRoadmaps.IMPLICIT, FixtureRoadmaps.MOCKING, FixtureRoadmaps.EMBEDDING);
        assertThat(values("list al")).containsExactly("alpha", "alpha/basics", "alpha/interfaces",
                "alpha/interfaces/l1", "alpha/interfaces/l2");
        assertThat(values("status ")).containsExactly("alpha", "beta");
        assertThat(values("status beta ")).isEmpty();
        assertThat(values("list resources")).as("a section without skills").isEmpty();
    }

    @Test
    void optionsAndTheirValues() {
        assertThat(values("--sta")).containsExactly("--state");
        assertThat(values("check --js")).isEmpty();
        assertThat(values("show --js")).containsExactly("--json");
        assertThat(values("--color ")).containsExactly("auto", "always", "never");
        assertThat(values("status --color=al")).containsExactly("always");
        assertThat(values("next -r b")).containsExactly("beta");
        assertThat(values("completion ")).containsExactly("bash", "zsh");
    }

    @Test
    void aFileOptionLeavesTheWordToFileNameCompletion() {
        CommandCompletions.Result result = completions.complete(List.of("--state"), "st");
        assertThat(result.files()).isTrue();
        assertThat(result.suggestions()).isEmpty();
        assertThat(completions.complete(List.of("--state", "s.json"), "che").files()).isFalse();
    }

    @Test
    void idsComeFromTheRoadmapsTheLineNames() {
        values("--roadmaps other check x");
        values("check x");
        assertThat(roadmapsAsked).containsExactly("other", "null");
    }

    @Test
    void afterDoubleDashEveryWordIsAnArgument() {
        assertThat(values("check -- --x")).isEmpty();
        assertThat(values("check -- mock")).containsExactly(FixtureRoadmaps.MOCKING);
    }
}
