package dev.tracker.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.roadmap.MarkdownRoadmapParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking rules, one at a time: each answers alone where it can, and ranks where it cannot. */
class QueryRankingTest {
    private static final QueryResolver RESOLVER = new QueryResolver(new SkillGraph(List.of(
            MarkdownRoadmapParser.parse("gc.md", """
                    # GC
                    ## Garbage Collection
                    ### L3: Internals
                    - [ ] **Scan Cost:** design structs with fewer pointers for the scanner
                    - [ ] **GC Pressure Strategy:** cut the scan cost of hot paths
                    - [ ] **Value Lookup Cost:** a context lookup walks the chain, a scan cost too
                    ## Maps
                    ### L3: Security
                    - [ ] **Hash Flooding (DoS):** explain seeded hashes against flooding
                    - [ ] **Seeds:** why hash flooding needs a seed
                    ## Channels
                    - [ ] Buffered channels and their capacity
                    - [ ] Select over several sources of channels
                    ## Goroutines
                    - [ ] Leaks: a goroutine blocked forever
                    - [ ] Scheduler: the GMP model of goroutines
                    ## Testing
                    - [ ] **Mocking:** generate mocks with gomock
                    ## Interfaces
                    - [ ] **Mocking:** define interfaces where they are used
                    """))));

    private static List<String> ids(QueryResult result) {
        return result.skills().stream().map(Skill::id).toList();
    }

    @Test
    void theQuerysSlugEqualToTheEndOfAnIdWinsOverWordsInOtherTitles() {
        QueryResult result = RESOLVER.resolve("Scan Cost");
        assertThat(result.match()).isEqualTo(QueryResult.Match.ID_SUFFIX);
        assertThat(ids(result)).containsExactly("gc/garbage-collection/l3/scan-cost");
        assertThat(ids(RESOLVER.resolve("l3/Scan Cost"))).containsExactly("gc/garbage-collection/l3/scan-cost");
    }

    @Test
    void theLabelBeforeTheColonWinsWhenTheIdIsShorter() {
        QueryResult result = RESOLVER.resolve("Hash Flooding (DoS):");
        assertThat(result.match()).isEqualTo(QueryResult.Match.LABEL);
        assertThat(ids(result)).containsExactly("gc/maps/l3/hash-flooding");
    }

    @Test
    void allWordsInTheIdComeBeforeWordsInTheTitle() {
        QueryResult result = RESOLVER.resolve("buffered");
        assertThat(result.match()).isEqualTo(QueryResult.Match.ID_WORDS);
        assertThat(ids(result)).containsExactly("gc/channels/buffered-channels-and-their-capacity");
        assertThat(RESOLVER.resolve("chain").match()).isEqualTo(QueryResult.Match.TITLE_WORDS);
    }

    @Test
    void severalFindsAreRankedTheSkillsOwnNameFirst() {
        QueryResult result = RESOLVER.resolve("goroutine");
        assertThat(result.match()).isEqualTo(QueryResult.Match.ID_WORDS);
        assertThat(ids(result)).as("both ids start a word with it; the whole word in a title ranks first")
                .containsExactly("gc/goroutines/leaks", "gc/goroutines/scheduler");
        QueryResult titles = RESOLVER.resolve("flooding seed");
        assertThat(titles.match()).isEqualTo(QueryResult.Match.TITLE_WORDS);
        assertThat(ids(titles)).as("two whole words in the title before a whole word and the start of one")
                .containsExactly("gc/maps/l3/seeds", "gc/maps/l3/hash-flooding");
    }

    @Test
    void typosAreReadAsTheNearestWords() {
        QueryResult scan = RESOLVER.resolve("scna cost");
        assertThat(scan.match()).isEqualTo(QueryResult.Match.FUZZY);
        assertThat(scan.reading()).isEqualTo("scan cost");
        assertThat(ids(scan)).as("the reading meets the slug rule alone").containsExactly("gc/garbage-collection/l3/scan-cost");
        QueryResult mocking = RESOLVER.resolve("mokcing");
        assertThat(mocking.reading()).as("a swap of two letters is one edit").isEqualTo("mocking");
        assertThat(ids(mocking)).containsExactly("gc/testing/mocking", "gc/interfaces/mocking");
        assertThat(RESOLVER.resolve("goroutnes").reading()).isEqualTo("goroutines");
    }

    @Test
    void typosHaveABoundAndNeverFlood() {
        assertThat(RESOLVER.resolve("mok").match()).as("no edit allowed up to three letters").isEqualTo(QueryResult.Match.NONE);
        assertThat(RESOLVER.resolve("schdulr").match()).as("two edits from seven letters").isEqualTo(QueryResult.Match.FUZZY);
        assertThat(RESOLVER.resolve("skedjuler").match()).as("three edits are too many").isEqualTo(QueryResult.Match.NONE);
        QueryResult near = RESOLVER.resolve("mockig");
        assertThat(near.reading()).as("only the nearest words count").isEqualTo("mocking");
        assertThat(ids(near)).hasSize(2);
    }

    @Test
    void aQueryWithoutTyposIsNeverRead() {
        assertThat(RESOLVER.resolve("terraform mocking").match()).isEqualTo(QueryResult.Match.NONE);
        assertThat(RESOLVER.resolve("goroutine").reading()).isNull();
    }

    @Test
    void distanceCountsASwapAsOneEdit() {
        assertThat(FuzzyMatch.distance("scna", "scan", 2)).isEqualTo(1);
        assertThat(FuzzyMatch.distance("mokcing", "mocking", 2)).isEqualTo(1);
        assertThat(FuzzyMatch.distance("goroutnes", "goroutines", 2)).isEqualTo(1);
        assertThat(FuzzyMatch.distance("abc", "xyz", 1)).isEqualTo(2);
    }
}
