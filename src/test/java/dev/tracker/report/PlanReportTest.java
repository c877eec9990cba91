package dev.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.roadmap.MarkdownRoadmapParser;
import dev.tracker.state.Progress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanReportTest {
    private static final Instant AT = Instant.parse("2026-11-21T09:00:00Z");

    private static final String LEVELED = """
            # Leveled
            ## Structs
            ### L1: basics
            - [x] **Define:** a struct
            ### L2: production
            - [ ] **Semantics:** value or pointer
            - [ ] **Tags:** struct tags
            ## Errors
            ### L1: basics
            - [ ] **Wrap:** wrap errors
            - [ ] **Check:** check errors
            ### L2: production
            - [ ] **Sentinel:** sentinel errors
            """;

    @Test
    void breadthFirstTakesEveryTopicsL1BeforeAnyL2() {
        SkillGraph graph = graph("leveled.md", LEVELED);
        assertThat(ids(plan(graph, Progress.EMPTY, 10, false))).containsExactly(
                "leveled/errors/l1/wrap", "leveled/errors/l1/check",
                "leveled/structs/l2/semantics", "leveled/structs/l2/tags", "leveled/errors/l2/sentinel");
    }

    @Test
    void breadthFirstSaysWhyALevelComesFirst() {
        PlanReport.Item first = plan(graph("leveled.md", LEVELED), Progress.EMPTY, 1, false).items().get(0);
        assertThat(first.reason()).isEqualTo("L1 of Errors is open; L1 comes before L2");
    }

    @Test
    void depthFirstFinishesOneTopicsLevelsBeforeTheNext() {
        assertThat(ids(plan(graph("leveled.md", LEVELED), Progress.EMPTY, 10, true))).containsExactly(
                "leveled/structs/l2/semantics", "leveled/structs/l2/tags",
                "leveled/errors/l1/wrap", "leveled/errors/l1/check", "leveled/errors/l2/sentinel");
    }

    @Test
    void inProgressComesFirstAndSkippedIsNeverPlanned() {
        SkillGraph graph = graph("leveled.md", LEVELED);
        Progress progress = Progress.EMPTY
                .with(skill(graph, "leveled/errors/l2/sentinel"), SkillStatus.IN_PROGRESS, AT)
                .with(skill(graph, "leveled/errors/l1/wrap"), SkillStatus.SKIPPED, AT);
        PlanReport.Result plan = plan(graph, progress, 3, false);
        assertThat(ids(plan)).containsExactly("leveled/errors/l2/sentinel", "leveled/errors/l1/check",
                "leveled/structs/l2/semantics");
        assertThat(plan.items().get(0).status()).isEqualTo(SkillStatus.IN_PROGRESS);
    }

    @Test
    void activeMonthOfAStatusListComesBeforeTheRoadmapsOrder() {
        SkillGraph graph = graph("plan.md", """
                # Plan
                ## Month 1: Basics
                - [ ] **Week 1:** syntax
                ## Month 2: Services
                - [ ] **Week 5:** http
                ## Current Status
                - [x] Month 1: Complete
                - [ ] Month 2: Active
                """);
        PlanReport.Result plan = plan(graph, Progress.EMPTY, 2, false);
        assertThat(ids(plan)).containsExactly("plan/month-2/week-5", "plan/month-1/week-1");
        assertThat(plan.items().get(0).reason()).startsWith("Month 2 is active");
    }

    @Test
    void nextUpPointsAtSkillsAndCompleteSectionsComeLast() {
        SkillGraph graph = graph("focus.md", """
                # Focus
                ## Phase 1: Theory (COMPLETE)
                - [ ] Memory model
                ## Phase 2: Practice
                - [ ] Profiling
                - [ ] Lock-free queues

                **Currently Working On:** Phase 1 - Theory
                **Next Up:** Lock-free queues
                """);
        PlanReport.Result plan = plan(graph, Progress.EMPTY, 5, false);
        assertThat(ids(plan)).containsExactly("focus/phase-2/lock-free-queues", "focus/phase-2/profiling",
                "focus/phase-1/memory-model");
        assertThat(plan.items().get(0).reason()).isEqualTo("next up: Lock-free queues");
    }

    @Test
    void dayPlanStartsWithTheFirstDayNotCompleteAndShowsItsHours() {
        SkillGraph graph = graph("days.md", """
                # Days
                ## Day 1: Basics
                ### Morning (6 hours)
                * Pointers
                ## Day 2: Concurrency
                ### Evening (8 hours)
                * Channels
                """);
        Progress progress = Progress.EMPTY.with(skill(graph, "days/day-1/morning/pointers"), SkillStatus.DONE, AT);
        PlanReport.Item item = plan(graph, progress, 1, false).items().get(0);
        assertThat(item.skill().id()).isEqualTo("days/day-2/evening/channels");
        assertThat(item.reason()).isEqualTo("Day 2 is the first day not complete");
        assertThat(item.hours()).isEqualTo("Evening, 8 hours");
    }

    @Test
    void aCompleteRoadmapSaysSoAndThePlanDrawsFromEveryOther() {
        SkillGraph graph = new SkillGraph(List.of(
                MarkdownRoadmapParser.parse("done.md", "# Done\n- [x] one\n"),
                MarkdownRoadmapParser.parse("a.md", "# A\n- [ ] a1\n- [ ] a2\n"),
                MarkdownRoadmapParser.parse("b.md", "# B\n- [ ] b1\n")));
        PlanReport.Result plan = PlanReport.of(graph, Progress.EMPTY, graph.roadmaps(), 3, false);
        assertThat(ids(plan)).containsExactly("a/a1", "b/b1", "a/a2");
        assertThat(plan.notes()).containsExactly("done is complete");
    }

    @Test
    void countLimitsThePlan() {
        assertThat(plan(graph("leveled.md", LEVELED), Progress.EMPTY, 2, false).items()).hasSize(2);
    }

    private static PlanReport.Result plan(SkillGraph graph, Progress progress, int count, boolean depthFirst) {
        List<Roadmap> roadmaps = graph.roadmaps();
        return PlanReport.of(graph, progress, roadmaps, count, depthFirst);
    }

    private static List<String> ids(PlanReport.Result plan) {
        return plan.items().stream().map(item -> item.skill().id()).toList();
    }

    private static SkillGraph graph(String file, String markdown) {
        return ReportFixtures.graph(file, markdown);
    }

    private static dev.tracker.graph.Skill skill(SkillGraph graph, String id) {
        return ReportFixtures.skill(graph, id);
    }
}
