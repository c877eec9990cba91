package dev.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.SkillGraph;
import org.junit.jupiter.api.Test;

/** Which sections are a plan's days, weeks or months. */
class PlanPeriodsTest {
    private static PlanPeriods.Plan plan(String markdown) {
        SkillGraph graph = ReportFixtures.graph("p.md", markdown);
        return PlanPeriods.of(graph, graph.roadmaps().get(0));
    }

    @Test
    void weeksAfterEmojiWithSpansAndNestedDaysLeftToTheirWeek() {
        PlanPeriods.Plan plan = plan("""
                # Bootcamp
                ## 🗓 Week 1 — Language
                ### Day 1
                - [ ] a
                ### Day 2
                - [ ] b
                ## Week 2-3: HTTP
                - [ ] c
                ## Week 4
                - [ ] d
                ## Resources
                - [ ] e
                """);
        assertThat(plan.unit()).as("three weeks against two days").isEqualTo(PlanPeriods.Unit.WEEK);
        assertThat(plan.periods()).extracting(PlanPeriods.Period::first, PlanPeriods.Period::last)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(2, 3),
                        org.assertj.core.groups.Tuple.tuple(4, 4));
    }

    @Test
    void mixedUnitsTakeTheOneMostSectionsUse() {
        PlanPeriods.Plan plan = plan("""
                # Year
                ## Week 1-4: runtime (COMPLETE)
                - [x] a
                ## Month 2: databases
                - [ ] b
                ## Month 3 & 4: project
                - [ ] c
                """);
        assertThat(plan.unit()).isEqualTo(PlanPeriods.Unit.MONTH);
        assertThat(plan.periods()).extracting(p -> p.section().title())
                .containsExactly("Month 2: databases", "Month 3 & 4: project");
    }

    @Test
    void sectionsWithoutSkillsOrNumbersAreNoPeriods() {
        assertThat(plan("# Notes\n## Weekly review\n- [ ] a\n## Day 1\n## Daydream\n- [ ] b\n").periods()).isEmpty();
    }
}
