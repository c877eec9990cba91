package dev.tracker.report;

import static dev.tracker.report.ReportFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.Progress;
import dev.tracker.testing.FixtureRoadmaps;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListReportTest {
    private static final Instant AT = Instant.parse("2026-11-21T09:00:00Z");
    private static final String NEST = """
            # Nest

            ## Parts

            - [ ] Build the parser
              - [x] Lexer
              - [ ] Grammar
            - [x] Tidy up

            ### L2: Deeper

            - [ ] Recovery
            """;

    private final SkillGraph graph = ReportFixtures.graph();
    private final Roadmap alpha = graph.roadmaps().get(0);

    /** The tree as "depth:id" lines, sections with their done/total: easy to read in a failure. */
    private static List<String> lines(ListReport.Tree tree) {
        return tree.entries().stream().map(e -> e instanceof ListReport.SectionEntry
                ? e.depth() + ":" + ((ListReport.SectionEntry) e).section().id() + " " + ((ListReport.SectionEntry) e).counts().done()
                        + "/" + ((ListReport.SectionEntry) e).counts().total()
                : e.depth() + ":" + ((ListReport.SkillEntry) e).view().skill().id() + " " + ((ListReport.SkillEntry) e).view().status().label())
                .toList();
    }

    private ListReport.Tree alpha(Progress progress, ListFilter filter) {
        return ListReport.tree(graph, progress, alpha, null, filter);
    }

    @Test
    void aRoadmapIsItsSectionsAndSkillsInDocumentOrderWithRollUpCounts() {
        ListReport.Tree tree = alpha(Progress.EMPTY, ListFilter.ALL);

        assertThat(lines(tree)).containsExactly(
                "1:alpha/basics 1/3",
                "2:alpha/basics/variables-and-types done",
                "2:alpha/basics/control-flow todo",
                "2:alpha/basics/functions in-progress",
                "1:alpha/interfaces 1/4",
                "2:alpha/interfaces/l1 0/2",
                "3:" + FixtureRoadmaps.DEFINE + " todo",
                "3:" + FixtureRoadmaps.IMPLICIT + " todo",
                "2:alpha/interfaces/l2 1/2",
                "3:" + FixtureRoadmaps.MOCKING + " done",
                "3:" + FixtureRoadmaps.EMBEDDING + " todo");
        assertThat(tree.counts()).isEqualTo(new Counts(7, 2, 1, 0));
        assertThat(tree.sectionPath()).isEmpty();
    }

    @Test
    void theStateFileOverridesTheMarkdownInMarksAndCounts() {
        Progress progress = Progress.EMPTY.with(skill(graph, FixtureRoadmaps.DEFINE), SkillStatus.DONE, AT);

        assertThat(lines(alpha(progress, ListFilter.ALL))).contains("2:alpha/interfaces/l1 1/2", "3:" + FixtureRoadmaps.DEFINE + " done");
    }

    @Test
    void aStatusFilterKeepsTheMatchingSkillsAndTheirSectionsButNotTheirCounts() {
        ListReport.Tree tree = alpha(Progress.EMPTY, new ListFilter(Set.of(SkillStatus.IN_PROGRESS), 0));

        assertThat(lines(tree)).containsExactly("1:alpha/basics 1/3", "2:alpha/basics/functions in-progress");
        assertThat(tree.counts()).isEqualTo(new Counts(7, 2, 1, 0));
    }

    @Test
    void statusesCombineAsAnyOf() {
        ListReport.Tree tree = alpha(Progress.EMPTY, new ListFilter(Set.of(SkillStatus.TODO, SkillStatus.IN_PROGRESS), 2));

        assertThat(lines(tree)).containsExactly("1:alpha/interfaces 1/4", "2:alpha/interfaces/l2 1/2",
                "3:" + FixtureRoadmaps.EMBEDDING + " todo");
    }

    @Test
    void aSectionScopeListsOnlyWhatIsBelowIt() {
        ListReport.Tree tree = ListReport.tree(graph, Progress.EMPTY, alpha, graph.section("alpha/interfaces"),
                new ListFilter(Set.of(SkillStatus.TODO), 0));

        assertThat(tree.sectionPath()).containsExactly("Interfaces");
        assertThat(tree.counts()).isEqualTo(new Counts(4, 1, 0, 0));
        assertThat(lines(tree)).containsExactly("1:alpha/interfaces/l1 0/2", "2:" + FixtureRoadmaps.DEFINE + " todo",
                "2:" + FixtureRoadmaps.IMPLICIT + " todo", "1:alpha/interfaces/l2 1/2", "2:" + FixtureRoadmaps.EMBEDDING + " todo");
    }

    @Test
    void aFilterThatMatchesNothingLeavesNoEntriesButTheCounts() {
        ListReport.Tree tree = alpha(Progress.EMPTY, new ListFilter(Set.of(SkillStatus.SKIPPED), 0));

        assertThat(tree.entries()).isEmpty();
        assertThat(tree.counts().total()).isEqualTo(7);
    }

    @Test
    void nestedSkillsSitBelowTheirParentAndKeepItWhenOnlyTheyMatch() {
        SkillGraph nest = ReportFixtures.graph("nest.md", NEST);
        Roadmap roadmap = nest.roadmaps().get(0);

        assertThat(lines(ListReport.tree(nest, Progress.EMPTY, roadmap, null, ListFilter.ALL))).containsExactly(
                "1:nest/parts 2/5", "2:nest/parts/build-the-parser todo", "3:nest/parts/build-the-parser/lexer done",
                "3:nest/parts/build-the-parser/grammar todo", "2:nest/parts/tidy-up done", "2:nest/parts/l2 0/1",
                "3:nest/parts/l2/recovery todo");
        assertThat(lines(ListReport.tree(nest, Progress.EMPTY, roadmap, null, new ListFilter(Set.of(SkillStatus.DONE), 0))))
                .containsExactly("1:nest/parts 2/5", "2:nest/parts/build-the-parser todo",
                        "3:nest/parts/build-the-parser/lexer done", "2:nest/parts/tidy-up done");
    }

    @Test
    void everyRoadmapGivesOneTreeAndTheResultListsTheirSkills() {
        ListReport.Result result = ListReport.of(graph, Progress.EMPTY, graph.roadmaps(), new ListFilter(Set.of(SkillStatus.DONE), 0));

        assertThat(result.trees()).extracting(t -> t.roadmap().id()).containsExactly("alpha", "beta");
        assertThat(result.skills()).extracting(v -> v.skill().id()).containsExactly(
                "alpha/basics/variables-and-types", FixtureRoadmaps.MOCKING, "beta/only/another-thing");
        assertThat(result.skills().get(1).sectionPath()).containsExactly("Interfaces", "L2: Senior");
    }

    @Test
    void roadmapsWithoutASkillToShowAreLeftOutOfTheWholeList() {
        ListReport.Result result = ListReport.of(graph, Progress.EMPTY, graph.roadmaps(), new ListFilter(Set.of(SkillStatus.SKIPPED), 0));

        assertThat(result.trees()).extracting(t -> t.roadmap().id()).containsExactly("beta");
        assertThat(ListReport.of(graph, Progress.EMPTY, graph.roadmaps(), new ListFilter(Set.of(), 5)).trees()).isEmpty();
    }

    @Test
    void theFilterDescribesItselfForTheLineThatSaysItFoundNothing() {
        assertThat(ListFilter.ALL.describe()).isEqualTo("skill");
        assertThat(new ListFilter(Set.of(SkillStatus.SKIPPED, SkillStatus.TODO), 3).describe())
                .isEqualTo("todo or skipped skill at level 3");
    }
}
