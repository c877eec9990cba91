package dev.tracker.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.roadmap.MarkdownRoadmapParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the section a user means, for `list` and `show`: the rules of skills, outermost match first. */
class SectionResolverTest {
    private static final SectionResolver RESOLVER = new SectionResolver(new SkillGraph(List.of(
            MarkdownRoadmapParser.parse("go.md", """
                    # Go
                    ## Error Handling vs. Panics
                    ### L1: Handle errors explicitly
                    - [ ] **Syntax:** if err != nil
                    ### L2: Debuggable error handling
                    - [ ] **Wrapping:** fmt.Errorf with %w
                    ## Interfaces
                    ### L1: Basics
                    - [x] **Syntax:** define an interface
                    ## Resources
                    Read the spec.
                    """),
            MarkdownRoadmapParser.parse("ops.md", "## Interfaces\n- [ ] Network interfaces\n"))));

    private static List<String> ids(SectionResolver.Result result) {
        return result.sections().stream().map(Section::id).toList();
    }

    @Test
    void anExactIdFindsEvenASectionWithoutSkills() {
        SectionResolver.Result result = RESOLVER.resolve("go/resources");

        assertThat(result.match()).isEqualTo(QueryResult.Match.EXACT_ID);
        assertThat(ids(result)).containsExactly("go/resources");
    }

    @Test
    void theEndOfAnIdFindsItsSections() {
        assertThat(ids(RESOLVER.resolve("interfaces/l1"))).containsExactly("go/interfaces/l1");
        assertThat(RESOLVER.resolve("/interfaces/l1/").match()).isEqualTo(QueryResult.Match.ID_SUFFIX);
        assertThat(ids(RESOLVER.resolve("interfaces"))).as("one per roadmap: ambiguous")
                .containsExactly("go/interfaces", "ops/interfaces");
    }

    @Test
    void titleWordsFindTheOutermostSectionOnly() {
        SectionResolver.Result result = RESOLVER.resolve("Error handling");

        assertThat(result.match()).as("the words are in its id").isEqualTo(QueryResult.Match.ID_WORDS);
        assertThat(ids(result)).as("its L2, whose title also says error handling, lies inside it")
                .containsExactly("go/error-handling-vs-panics");
    }

    @Test
    void wordsOfTheIdCountToo() {
        assertThat(ids(RESOLVER.resolve("error l2"))).containsExactly("go/error-handling-vs-panics/l2");
    }

    @Test
    void aSectionWithoutSkillsIsFoundOnlyByItsExactId() {
        assertThat(RESOLVER.resolve("resources").sections()).isEmpty();
        assertThat(RESOLVER.resolve("resources").match()).isEqualTo(QueryResult.Match.NONE);
    }

    @Test
    void nothingAndBlankFindNothing() {
        assertThat(RESOLVER.resolve("kubernetes").sections()).isEmpty();
        assertThat(RESOLVER.resolve("  ").sections()).isEmpty();
        assertThat(RESOLVER.resolve("🚀").sections()).isEmpty();
    }
}
