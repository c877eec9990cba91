package dev.tracker.roadmap;

import static dev.tracker.graph.FocusHint.Kind.NEXT_UP;
import static dev.tracker.graph.FocusHint.Kind.STATUS_ITEM;
import static dev.tracker.graph.FocusHint.Kind.WORKING_ON;
import static dev.tracker.roadmap.ParsedFixture.parse;
import static org.assertj.core.api.Assertions.tuple;

import dev.tracker.graph.FocusHint;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Levels from headings ("L2: …", "Level 3: …"), and what a roadmap says about where its reader stands. */
class LevelsAndFocusHintsTest {

    @Test
    void levelHeadingGivesItsSkillsThatLevel() {
        ParsedFixture p = parse("""
                ## Interfaces
                ### L1: Polymorphic code using shared behaviors.
                - [x] **Syntax:** implicit implementation
                ### L2: Decoupled systems; avoid "Interface Pollution."
                - [ ] **Mocking:** define interfaces at the point of use
                """);
        p.sections(Section::level).containsExactly(0, 1, 2);
        p.skills(Skill::level).containsExactly(1, 2);
        p.skillIds().containsExactly("fixture/interfaces/l1/syntax", "fixture/interfaces/l2/mocking");
    }

    @Test
    void boldLevelHeadingWithEmojiGivesTheLevel() {
        ParsedFixture p = parse("""
                ## Mastery Checkpoints
                ### **Level 3: EXPERT** \u23F3
                - [ ] Advanced patterns
                ### **Level 12: BEYOND**
                - [ ] Everything else
                """);
        Section expert = p.section("Level 3: EXPERT \u23F3");
        p.described(Assertions.assertThat(expert.id())).isEqualTo("fixture/mastery-checkpoints/l3");
        p.skills(Skill::level).containsExactly(3, 12);
    }

    @Test
    void topLevelLevelHeadingWithoutTopicIsALevelSection() {
        ParsedFixture p = parse("""
                ## Interfaces
                ### L1: Basics
                - [x] Syntax
                ## L3 Graphing Challenges: Draw from memory.
                - [ ] **The Interface Structure:** draw the two-word pair
                """);
        Section graphing = p.section("L3 Graphing Challenges: Draw from memory.");
        p.described(Assertions.assertThat(graphing)).extracting(Section::id, Section::parentId, Section::level)
                .containsExactly("fixture/l3", null, 3);
        p.described(Assertions.assertThat(p.skill("The Interface Structure: draw the two-word pair")))
                .extracting(Skill::id, Skill::level).containsExactly("fixture/l3/the-interface-structure", 3);
    }

    @Test
    void subsectionsOfALevelInheritIt() {
        ParsedFixture p = parse("## Maps\n### L2: Safe access\n#### Extras\n- [ ] sync.Map\n## Other\n- [ ] no level\n");
        p.skills(Skill::level).containsExactly(2, 0);
    }

    @Test
    void currentStatusListIsHintsNotSkills() {
        ParsedFixture p = parse("""
                ## Month 5: CI/CD
                - [ ] **Week 17:** Git mastery
                ## Current Status
                - [x] Month 4: Complete
                - [ ] Month 5: Active
                """);
        p.skillTitles().containsExactly("Week 17: Git mastery");
        p.hints(h -> tuple(h.kind(), h.text(), h.done(), h.sectionId())).containsExactly(
                tuple(STATUS_ITEM, "Month 4: Complete", true, "fixture/current-status"),
                tuple(STATUS_ITEM, "Month 5: Active", false, "fixture/current-status"));
    }

    @Test
    void focusLinesBecomeHints() {
        ParsedFixture p = parse("""
                ## \uD83C\uDFAF CURRENT FOCUS

                **Currently Working On:** Phase 1 - Deep Theory & Internals
                **Next Up:** Lock-Free Programming
                **Goal:** Complete Phase 1

                ## Phase 2
                - [ ] Lock-free queues
                """);
        p.hints(h -> tuple(h.kind(), h.text(), h.line())).containsExactly(
                tuple(WORKING_ON, "Phase 1 - Deep Theory & Internals", 3),
                tuple(NEXT_UP, "Lock-Free Programming", 4));
        p.skillTitles().containsExactly("Lock-free queues");
    }

    @Test
    void completeInAHeadingMarksTheSectionComplete() {
        ParsedFixture p = parse("""
                ## Week 1-4: The Go Runtime & Concurrency (COMPLETE)
                - [x] **Week 1:** The scheduler
                ## Month 5: CI/CD & Engineering Standards
                - [ ] **Week 17:** Git mastery
                """);
        p.sections(Section::complete).containsExactly(true, false);
        p.sections(Section::id).containsExactly("fixture/week-1-4", "fixture/month-5");
    }

    @Test
    void statusCompletedSubheadingMarksItsSectionWithoutOpeningOne() {
        ParsedFixture p = parse("""
                ## Phase Tracking
                ### **Phase 1: DEEP THEORY** \uD83E\uDDE0
                #### Status: \u2705 COMPLETED
                - [x] Scheduler deep dive
                ### **Phase 2: PERFORMANCE**
                #### Status: \uD83D\uDD04 IN PROGRESS
                - [ ] Profiling
                """);
        p.sections(Section::title).containsExactly("Phase Tracking", "Phase 1: DEEP THEORY \uD83E\uDDE0", "Phase 2: PERFORMANCE");
        p.sections(Section::complete).containsExactly(false, true, false);
        p.skills(Skill::sectionId).containsExactly("fixture/phase-tracking/phase-1", "fixture/phase-tracking/phase-2");
    }

    @Test
    void statusItemsRecordTheirLine() {
        ParsedFixture p = parse("## S\n- [ ] a\n\n## Current Status\n\n- [x] Month 1\n");
        p.hints(FocusHint::line).containsExactly(6);
    }

    @Test
    void aCheckMarkOnEveryHeadingIsDecorationNotComplete() {
        ParsedFixture p = parse("# Plan\n## \u2705 Setup\n- [ ] a\n## \u2705 Build\n- [ ] b\n## \u2714 Ship (COMPLETE)\n- [x] c\n");
        p.sections(Section::complete).containsExactly(false, false, true);
    }

    @Test
    void aCheckMarkOnSomeHeadingsStillSaysComplete() {
        ParsedFixture p = parse("# Plan\n## \u2705 Setup\n- [x] a\n## Build\n- [ ] b\n");
        p.sections(Section::complete).containsExactly(true, false);
    }
}
