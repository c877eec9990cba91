package dev.tracker.roadmap;

import static dev.tracker.roadmap.ParsedFixture.parse;

import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A roadmap without a single marker: its leaf bullets are the skills. */
class PlainBulletRoadmapTest {
    private static final String PLAN = """
            # Go Developer Roadmap

            ## Basics
            * Variables
            * Control flow
              * if / else
              * for loops
            * Functions

            ## Tooling
            1. Go modules
            2. Linters
               - golangci-lint
               - staticcheck
            """;

    @Test
    void leafItemsAreTodoSkills() {
        ParsedFixture p = parse(PLAN);
        p.skillTitles().containsExactly("Variables", "if / else", "for loops", "Functions",
                "Go modules", "golangci-lint", "staticcheck");
        p.statuses().containsOnly(SkillStatus.TODO);
        p.described(Assertions.assertThat(p.roadmap().plain())).isTrue();
    }

    @Test
    void itemsWithSubListsBecomeGroupSections() {
        ParsedFixture p = parse(PLAN);
        p.sections(Section::id).containsExactly("fixture/basics", "fixture/basics/control-flow",
                "fixture/tooling", "fixture/tooling/linters");
        p.described(Assertions.assertThat(p.section("Linters").parentId())).isEqualTo("fixture/tooling");
    }

    @Test
    void leavesOfAGroupBelongToTheGroupSection() {
        ParsedFixture p = parse(PLAN);
        p.described(Assertions.assertThat(p.skill("for loops").sectionId())).isEqualTo("fixture/basics/control-flow");
        p.described(Assertions.assertThat(p.skill("staticcheck").id())).isEqualTo("fixture/tooling/linters/staticcheck");
        p.skills(Skill::parentSkillId).containsOnlyNulls();
    }

    @Test
    void oneMarkedItemTurnsPlainBulletsBackIntoNotes() {
        ParsedFixture p = parse(PLAN + "\n## Progress\n- [x] Finished Basics\n");
        p.skillTitles().containsExactly("Finished Basics");
        p.described(Assertions.assertThat(p.roadmap().plain())).isFalse();
    }

    @Test
    void leafItemsBeforeAnyHeadingHaveNoSection() {
        ParsedFixture p = parse("- Pointers\n- Interfaces\n");
        p.skillIds().containsExactly("fixture/pointers", "fixture/interfaces");
        p.skills(Skill::sectionId).containsOnlyNulls();
    }

    @Test
    void plainItemsInAStatusSectionAreNotSkills() {
        ParsedFixture p = parse("## Basics\n- Pointers\n## Current Status\n- Month 1 done\n");
        p.skillTitles().containsExactly("Pointers");
        p.hints(h -> h.text()).containsExactly("Month 1 done");
    }

    @Test
    void aTableOfContentsIsNavigationNotSkills() {
        ParsedFixture p = parse("""
                # Plan
                ## Contents
                - [Setup](#setup)
                - [Tools](#tools)
                  - [Editors](#editors)
                ## Setup
                - Install Go
                - [Go docs](https://go.dev/doc) for reference
                ## Tools
                - [Delve](https://github.com/go-delve/delve)
                """);
        p.skillTitles().containsExactly("Install Go", "Go docs for reference", "Delve");
    }
}
