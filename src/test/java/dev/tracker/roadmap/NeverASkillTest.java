package dev.tracker.roadmap;

import static dev.tracker.roadmap.ParsedFixture.parse;

import dev.tracker.graph.Section;
import org.junit.jupiter.api.Test;

/**
 * Checkbox lines that are not skills: code, HTML, tables, block quotes, headings. Each
 * fixture also holds one real skill, so that the roadmap is not read as plain bullets.
 */
class NeverASkillTest {

    @Test
    void fencedCodeHoldingCheckboxesAddsNoSkill() {
        ParsedFixture p = parse("""
                ## Template
                - [ ] Real skill

                ```markdown
                - [ ] Week 1: copy me
                - [x] Week 2: copy me
                ```
                """);
        p.skillTitles().containsExactly("Real skill");
    }

    @Test
    void tildeFencedCodeInsideAListItemAddsNoSkill() {
        ParsedFixture p = parse("""
                ## Template
                - [ ] Real skill
                  ~~~
                  - [x] not a skill
                  ~~~
                """);
        p.skillTitles().containsExactly("Real skill");
    }

    @Test
    void indentedCodeAddsNoSkill() {
        ParsedFixture p = parse("""
                ## Template
                - [ ] Real skill

                Write your list like this:

                    - [ ] Week 1
                    - [x] Week 2
                """);
        p.skillTitles().containsExactly("Real skill");
    }

    @Test
    void htmlBlockAddsNoSkill() {
        ParsedFixture p = parse("""
                ## Answers
                - [ ] Real skill

                <details>
                <summary>Show</summary>
                - [ ] hidden item
                </details>

                <!--
                - [x] commented out
                -->
                """);
        p.skillTitles().containsExactly("Real skill");
    }

    @Test
    void checkboxesInTableCellsAddNoSkill() {
        ParsedFixture p = parse("""
                ## Progress
                - [ ] Real skill

                | Task      | Done |
                |-----------|------|
                | [ ] Parse | [x]  |
                | - [ ] Run | [ ]  |
                """);
        p.skillTitles().containsExactly("Real skill");
    }

    @Test
    void blockQuotedExamplesAddNoSkill() {
        ParsedFixture p = parse("""
                ## How to use
                - [ ] Real skill

                > Mark an item like this:
                > - [x] Learned it
                > > - [ ] nested quote
                """);
        p.skillTitles().containsExactly("Real skill");
    }

    @Test
    void headingWithAMarkerIsASectionNotASkill() {
        ParsedFixture p = parse("""
                ## [ ] Unfinished chapter
                - [ ] Real skill
                """);
        p.skillTitles().containsExactly("Real skill");
        p.sections(Section::title).containsExactly("[ ] Unfinished chapter");
    }

    @Test
    void headingsInsideBlockQuotesOpenNoSection() {
        ParsedFixture p = parse("""
                ## Real
                > ## Quoted heading
                - [ ] Real skill
                """);
        p.sections(Section::title).containsExactly("Real");
        p.skillIds().containsExactly("fixture/real/real-skill");
    }
}
