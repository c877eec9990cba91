package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import org.junit.jupiter.api.Test;

/** The questions a roadmap holds for a skill: in the skill's own section, its phase's success items, its topic's drawing challenges. */
class RecallPromptsTest {
    private static final String PLAN = """
            # Plan

            ## Week 1

            - [x] Worker pool
              - How many workers for CPU-bound work?
            - [x] Context cancellation

            Then answer:

            * When does memory escape to heap?
            * How do goroutine leaks happen?

            ### You Must Understand:

            * Connection pooling

            ## Week 2

            - [x] **GMP:** I can explain the G, M and P of the scheduler.
            - [x] Tracing
            - [ ] L3 challenge: Draw from memory the states of a goroutine
            - [ ] Unrelated item
            """;

    private final Roadmap roadmap = MarkdownRoadmapParser.parse("plan.md", PLAN);

    private Skill skill(String title) {
        return roadmap.skills().stream().filter(s -> s.title().startsWith(title)).findFirst().orElseThrow();
    }

    @Test
    void theListsAfterThenAnswerAndYouMustUnderstandAreTheSectionsPrompts() {
        assertThat(RecallPrompts.of(PLAN, roadmap, skill("Context cancellation"))).containsExactly(
                "When does memory escape to heap?", "How do goroutine leaks happen?", "Connection pooling");
    }

    @Test
    void itemsNestedUnderTheSkillComeFirst() {
        assertThat(RecallPrompts.of(PLAN, roadmap, skill("Worker pool")))
                .startsWith("How many workers for CPU-bound work?").contains("When does memory escape to heap?");
    }

    private static final String PHASES = """
            # Mastery

            ## Phase tracking

            ### **Phase 1: Deep theory** 🧠

            - [x] Scheduler deep dive

            ### **Phase 2: Performance**

            - [x] Profiling

            ## Interfaces

            ### L1: Junior

            - [x] Syntax: I can define an interface.

            ## Maps & Hash Collisions

            - [x] Buckets: I know the hmap.

            ## 🏆 SUCCESS METRICS

            ### **Phase 1 Success:**
            - [ ] Can explain G-M-P model in detail
            - [ ] Can identify and fix false sharing

            ### **Phase 2 Success:**
            - [ ] Can profile any Go program

            ## L3 Graphing Challenges: Draw from memory.

            - [ ] **The Interface Structure:** Draw the two-word pair (type pointer, data pointer) of a \\*User.
            - [ ] **Map Bucket Layout:** Draw the tophash array, then 8 keys and 8 values.
            """;

    @Test
    void theSuccessItemsOfTheSkillsPhaseAndTheDrawingChallengesOfItsTopicArePrompts() {
        Roadmap phases = MarkdownRoadmapParser.parse("mastery.md", PHASES);
        Skill scheduler = phases.skills().stream().filter(s -> s.title().startsWith("Scheduler")).findFirst().orElseThrow();
        Skill syntax = phases.skills().stream().filter(s -> s.title().startsWith("Syntax")).findFirst().orElseThrow();
        Skill buckets = phases.skills().stream().filter(s -> s.title().startsWith("Buckets")).findFirst().orElseThrow();

        assertThat(RecallPrompts.of(PHASES, phases, scheduler)).containsExactly(
                "Can explain G-M-P model in detail", "Can identify and fix false sharing");
        assertThat(RecallPrompts.of(PHASES, phases, syntax)).containsExactly(
                "The Interface Structure: Draw the two-word pair (type pointer, data pointer) of a *User.");
        assertThat(RecallPrompts.of(PHASES, phases, buckets)).containsExactly(
                "Map Bucket Layout: Draw the tophash array, then 8 keys and 8 values.");
    }

    @Test
    void canExplainAndDrawFromMemoryItemsOfTheSectionArePrompts() {
        assertThat(RecallPrompts.of(PLAN, roadmap, skill("Tracing"))).containsExactly(
                "GMP: I can explain the G, M and P of the scheduler.", "L3 challenge: Draw from memory the states of a goroutine");
        assertThat(RecallPrompts.of(PLAN, roadmap, skill("Tracing"))).doesNotContain("Unrelated item", "When does memory escape to heap?");
    }
}
