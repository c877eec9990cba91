package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import org.junit.jupiter.api.Test;

/** The questions a roadmap holds for a skill, found in the skill's own section. */
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

    @Test
    void canExplainAndDrawFromMemoryItemsOfTheSectionArePrompts() {
        assertThat(RecallPrompts.of(PLAN, roadmap, skill("Tracing"))).containsExactly(
                "GMP: I can explain the G, M and P of the scheduler.", "L3 challenge: Draw from memory the states of a goroutine");
        assertThat(RecallPrompts.of(PLAN, roadmap, skill("Tracing"))).doesNotContain("Unrelated item", "When does memory escape to heap?");
    }
}
