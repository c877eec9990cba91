package dev.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.SkillGraph;
import dev.tracker.state.Progress;
import dev.tracker.testing.FixtureRoadmaps;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchReportTest {
    private final SkillGraph graph = ReportFixtures.graph();

    private List<String> search(String query) {
        return SearchReport.of(graph, Progress.EMPTY, SearchReport.words(query)).stream().map(v -> v.skill().id()).toList();
    }

    @Test
    void wordsAreFoldedLikeIdsAndSplitAtSlashesAndDashes() {
        assertThat(SearchReport.words("L2/Mocking, CAFÉ  crème-brûlée")).containsExactly("l2", "mocking", "cafe", "creme", "brulee");
        assertThat(SearchReport.words("🚀 -- ✅")).isEmpty();
    }

    @Test
    void everyWordMustBeInTheTitleOrTheId() {
        assertThat(search("interface")).containsExactly(FixtureRoadmaps.DEFINE, FixtureRoadmaps.IMPLICIT,
                FixtureRoadmaps.MOCKING, FixtureRoadmaps.EMBEDDING);
        assertThat(search("interfaces l2")).containsExactly(FixtureRoadmaps.MOCKING, FixtureRoadmaps.EMBEDDING);
        assertThat(search("MOCK interfaces")).containsExactly(FixtureRoadmaps.MOCKING);
    }

    @Test
    void aWordMayBePartOfALongerOne() {
        assertThat(search("satisf")).containsExactly(FixtureRoadmaps.IMPLICIT);
        assertThat(search("thing")).containsExactly("beta/only/one-thing", "beta/only/another-thing", "beta/only/skipped-thing");
    }

    @Test
    void accentsAndCaseAreIgnoredOnBothSides() {
        SkillGraph cafe = ReportFixtures.graph("cafe.md", "# Café\n\n- [ ] Crème brûlée au Café\n- [ ] Plain tea\n");

        assertThat(SearchReport.of(cafe, Progress.EMPTY, SearchReport.words("creme CAFÉ"))).extracting(v -> v.skill().title())
                .containsExactly("Crème brûlée au Café");
    }

    @Test
    void noWordsOrNoMatchFindNothing() {
        assertThat(search("🚀")).isEmpty();
        assertThat(search("interface nowhere")).isEmpty();
    }

    @Test
    void foundSkillsCarryTheirStatusAndSections() {
        SkillView mocking = SearchReport.of(graph, Progress.EMPTY, List.of("mocking")).get(0);

        assertThat(mocking.status().label()).isEqualTo("done");
        assertThat(mocking.sectionPath()).containsExactly("Interfaces", "L2: Senior");
        assertThat(mocking.state()).isNull();
    }
}
