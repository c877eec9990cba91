package dev.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.SkillGraph;
import dev.tracker.state.Progress;
import org.junit.jupiter.api.Test;

/** A section the roadmap marks complete that still holds open skills: planned last, and named. */
class CompleteSectionsTest {
    private static final String MARKDOWN = """
            # Plan
            ## Week 1 (COMPLETE)
            - [x] basics
            - [ ] forgotten
            ## Week 2
            - [ ] channels
            - [ ] select
            """;

    @Test
    void openSkillsOfACompleteSectionComeAfterTheOpenSectionsWithANote() {
        SkillGraph graph = ReportFixtures.graph("plan.md", MARKDOWN);
        PlanReport.Result plan = PlanReport.of(graph, Progress.EMPTY, graph.roadmaps(), 5, false);
        assertThat(plan.items()).extracting(i -> i.skill().title()).containsExactly("channels", "select", "forgotten");
        assertThat(plan.items().get(2).reason()).isEqualTo("open, though Week 1 (COMPLETE) is marked complete");
        assertThat(plan.notes()).containsExactly(
                "plan: Week 1 (COMPLETE) is marked complete but has 1 open skill, planned after the rest");
    }

    @Test
    void aCompleteSectionWithEverySkillDoneSaysNothing() {
        SkillGraph graph = ReportFixtures.graph("plan.md", MARKDOWN.replace("- [ ] forgotten", "- [x] remembered"));
        PlanReport.Result plan = PlanReport.of(graph, Progress.EMPTY, graph.roadmaps(), 5, false);
        assertThat(plan.items()).extracting(i -> i.skill().title()).containsExactly("channels", "select");
        assertThat(plan.notes()).isEmpty();
    }
}
