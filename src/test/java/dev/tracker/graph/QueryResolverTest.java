package dev.tracker.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracker.roadmap.MarkdownRoadmapParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the skill a user means: exact id, id suffix, title words, then a fuzzy match. */
class QueryResolverTest {
    private static final QueryResolver RESOLVER = new QueryResolver(new SkillGraph(List.of(
            MarkdownRoadmapParser.parse("go.md", """
                    # Go
                    ## Interfaces
                    ### L1: Basics
                    - [x] **Syntax:** define and implement an interface
                    ### L2: Decoupled systems
                    - [ ] **Mocking:** define interfaces at the point of use
                    - [ ] **Composition:** compose small interfaces into larger ones
                    ## Testing
                    ### L1: Standard library
                    - [ ] **Mocking:** generate mocks with gomock
                    ## Concurrency
                    - [ ] Goroutines and the scheduler
                    - [ ] Channels and select
                    """),
            MarkdownRoadmapParser.parse("ops.md", "## Deploy\n- [ ] Kubernetes basics\n"))));

    private static List<String> ids(QueryResult result) {
        return result.skills().stream().map(Skill::id).toList();
    }

    @Test
    void exactIdFindsTheSkill() {
        QueryResult result = RESOLVER.resolve("go/interfaces/l2/mocking");
        assertThat(result.match()).isEqualTo(QueryResult.Match.EXACT_ID);
        assertThat(result.skill().title()).isEqualTo("Mocking: define interfaces at the point of use");
    }

    @Test
    void idSuffixFindsTheSkill() {
        QueryResult result = RESOLVER.resolve("l2/mocking");
        assertThat(result.match()).isEqualTo(QueryResult.Match.ID_SUFFIX);
        assertThat(ids(result)).containsExactly("go/interfaces/l2/mocking");
    }

    @Test
    void idSuffixMustStartAtAPathBoundary() {
        QueryResult result = RESOLVER.resolve("2/mocking");
        assertThat(result.match()).isNotEqualTo(QueryResult.Match.ID_SUFFIX);
    }

    @Test
    void titleWordsFindTheSkill() {
        QueryResult result = RESOLVER.resolve("point of use");
        assertThat(result.match()).isEqualTo(QueryResult.Match.TITLE_WORDS);
        assertThat(ids(result)).containsExactly("go/interfaces/l2/mocking");
    }

    @Test
    void titleWordPrefixFindsTheSkill() {
        assertThat(ids(RESOLVER.resolve("sched"))).containsExactly("go/concurrency/goroutines-and-the-scheduler");
    }

    @Test
    void typoIsForgivenByTheFuzzyMatch() {
        QueryResult result = RESOLVER.resolve("goroutnes");
        assertThat(result.match()).isEqualTo(QueryResult.Match.FUZZY);
        assertThat(ids(result)).containsExactly("go/concurrency/goroutines-and-the-scheduler");
    }

    @Test
    void wordMatchingSeveralSkillsReturnsThemAll() {
        QueryResult result = RESOLVER.resolve("mock");
        assertThat(result.isAmbiguous()).isTrue();
        assertThat(result.isUnique()).isFalse();
        assertThat(ids(result)).containsExactly("go/interfaces/l2/mocking", "go/testing/l1/mocking");
        assertThatThrownBy(result::skill).isInstanceOf(IllegalStateException.class).hasMessageContaining("2 skills");
    }

    @Test
    void idSuffixMatchingSeveralSkillsIsAmbiguous() {
        QueryResult result = RESOLVER.resolve("mocking");
        assertThat(result.match()).isEqualTo(QueryResult.Match.ID_SUFFIX);
        assertThat(ids(result)).containsExactly("go/interfaces/l2/mocking", "go/testing/l1/mocking");
    }

    @Test
    void unknownQueryMatchesNothing() {
        QueryResult result = RESOLVER.resolve("terraform");
        assertThat(result.match()).isEqualTo(QueryResult.Match.NONE);
        assertThat(result.skills()).isEmpty();
        assertThat(result.isAmbiguous()).isFalse();
    }

    @Test
    void blankQueryMatchesNothing() {
        assertThat(RESOLVER.resolve("  / ").match()).isEqualTo(QueryResult.Match.NONE);
    }

    @Test
    void queryIgnoresCase() {
        assertThat(ids(RESOLVER.resolve("GO/Interfaces/L2/Mocking"))).containsExactly("go/interfaces/l2/mocking");
        assertThat(ids(RESOLVER.resolve("SCHEDULER"))).containsExactly("go/concurrency/goroutines-and-the-scheduler");
    }

    @Test
    void queryFindsSkillsOfEveryRoadmap() {
        QueryResult result = RESOLVER.resolve("kubernetes");
        assertThat(result.skill().roadmapId()).isEqualTo("ops");
    }

    @Test
    void surroundingSlashesAndSpacesAreIgnored() {
        assertThat(ids(RESOLVER.resolve("  /l2/mocking/ "))).containsExactly("go/interfaces/l2/mocking");
    }
}
