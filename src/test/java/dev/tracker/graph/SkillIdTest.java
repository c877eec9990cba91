package dev.tracker.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.roadmap.MarkdownRoadmapParser;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Skill ids: readable paths made from text, stable when sections move, unique in a roadmap. */
class SkillIdTest {
    private static final String INTERFACES = """
            ## Interfaces
            ### L1: Polymorphic code
            - [x] **Syntax:** define an interface
            ### L2: Decoupled systems
            - [ ] **Mocking:** define interfaces at the point of use
              - [ ] **Fakes:** prefer fakes over mocks
            """;
    private static final String CHANNELS = """
            ## Channels & Concurrency Safety
            ### L1: Transmit data
            - [ ] **Syntax:** make, send, receive
            ### L2: Robust pipelines
            - [ ] **Closing:** only the sender closes
            """;

    private static Map<String, String> idsByTitle(String markdown) {
        return MarkdownRoadmapParser.parse("go.md", markdown).skills().stream()
                .collect(Collectors.toMap(Skill::title, Skill::id));
    }

    @Test
    void idIsThePathOfRoadmapSectionLevelAndShortName() {
        assertThat(idsByTitle("# Go\n" + INTERFACES + CHANNELS)).containsOnly(
                Map.entry("Syntax: define an interface", "go/interfaces/l1/syntax"),
                Map.entry("Mocking: define interfaces at the point of use", "go/interfaces/l2/mocking"),
                Map.entry("Fakes: prefer fakes over mocks", "go/interfaces/l2/mocking/fakes"),
                Map.entry("Syntax: make, send, receive", "go/channels-concurrency-safety/l1/syntax"),
                Map.entry("Closing: only the sender closes", "go/channels-concurrency-safety/l2/closing"));
    }

    @Test
    void idsDoNotMoveWhenSectionsAreSwapped() {
        Map<String, String> before = idsByTitle("# Go\n" + INTERFACES + CHANNELS);
        Map<String, String> after = idsByTitle("# Go\n" + CHANNELS + INTERFACES);
        assertThat(after).hasSize(5).isEqualTo(before);
    }

    @Test
    void idsDoNotMoveWhenASectionIsInsertedBefore() {
        Map<String, String> before = idsByTitle("# Go\n" + INTERFACES);
        Map<String, String> after = idsByTitle("# Go\n## Basics\n- [ ] **Syntax:** variables\n" + INTERFACES);
        assertThat(after).containsAllEntriesOf(before).hasSize(before.size() + 1);
    }

    @Test
    void duplicateTitlesInOneSectionGetANumber() {
        Roadmap roadmap = MarkdownRoadmapParser.parse("go.md", """
                ## Exercises
                - [ ] Practice
                - [ ] Practice
                - [ ] Practice
                """);
        assertThat(roadmap.skills()).extracting(Skill::id)
                .containsExactly("go/exercises/practice", "go/exercises/practice-2", "go/exercises/practice-3");
    }

    @Test
    void sameTitleInDifferentSectionsNeedsNoNumber() {
        assertThat(idsByTitle(INTERFACES + CHANNELS).values()).contains(
                "go/interfaces/l1/syntax", "go/channels-concurrency-safety/l1/syntax").noneMatch(id -> id.endsWith("-2"));
    }

    @Test
    void duplicateHeadingsGetANumber() {
        Roadmap roadmap = MarkdownRoadmapParser.parse("go.md", "## Exercises\n- [ ] a\n## Exercises\n- [ ] a\n");
        assertThat(roadmap.sections()).extracting(Section::id).containsExactly("go/exercises", "go/exercises-2");
        assertThat(roadmap.skills()).extracting(Skill::id).containsExactly("go/exercises/a", "go/exercises-2/a");
    }
}
