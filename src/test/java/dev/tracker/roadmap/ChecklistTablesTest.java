package dev.tracker.roadmap;

import static dev.tracker.graph.SkillStatus.DONE;
import static dev.tracker.graph.SkillStatus.IN_PROGRESS;
import static dev.tracker.graph.SkillStatus.SKIPPED;
import static dev.tracker.graph.SkillStatus.TODO;
import static dev.tracker.roadmap.ParsedFixture.parse;
import static org.assertj.core.api.Assertions.tuple;

import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A marker cell makes a table a checklist; ballot boxes mark list items. */
class ChecklistTablesTest {

    @Test
    void aMarkerInTheFirstCellMakesARowASkillTitledByItsOtherCells() {
        ParsedFixture p = parse("""
                ## Week 1
                | | Skill | Notes |
                |---|---|---|
                | [x] | Goroutines | the basics |
                | [ ] | Channels | |
                | ✅ | Select | |
                | ☐ | Mutexes | |
                """);
        p.skillTitles().containsExactly("Goroutines — the basics", "Channels", "Select", "Mutexes");
        p.statuses().containsExactly(DONE, TODO, DONE, TODO);
        p.skillIds().containsExactly("fixture/week-1/goroutines", "fixture/week-1/channels", "fixture/week-1/select",
                "fixture/week-1/mutexes");
        p.skills(Skill::line).containsExactly(4, 5, 6, 7);
    }

    @Test
    void aStatusColumnHoldsStatusWords() {
        ParsedFixture p = parse("""
                | Topic | Skill | Status |
                |---|---|---|
                | Basics | Variables | Done |
                | | Loops | 🔄 In Progress |
                | Advanced | Generics | Not Started |
                | | Reflection | Skipped |
                """);
        p.skills(s -> tuple(s.title(), s.markedStatus())).containsExactly(tuple("Variables", DONE),
                tuple("Loops", IN_PROGRESS), tuple("Generics", TODO), tuple("Reflection", SKIPPED));
        p.sections(Section::title).containsExactly("Basics", "Advanced");
        p.skillIds().containsExactly("fixture/basics/variables", "fixture/basics/loops", "fixture/advanced/generics",
                "fixture/advanced/reflection");
    }

    @Test
    void aTableWithoutMarkersIsNoChecklist() {
        ParsedFixture p = parse("| Name | Link |\n|---|---|\n| Go | go.dev |\n\n- plain bullet\n");
        p.skillTitles().containsExactly("plain bullet");
        p.described(Assertions.assertThat(p.roadmap().plain())).isTrue();
    }

    @Test
    void inAFileWhoseListsCarryMarksTablesAreNotReadAndSaySo() {
        ParsedFixture p = parse("""
                - [ ] Listed
                
                | Done | Skill |
                |---|---|
                | [x] | Tabled |
                """);
        p.skillTitles().containsExactly("Listed");
        p.described(Assertions.assertThat(p.roadmap().notices())).containsExactly(
                "line 3: a table with markers not read as skills, since the file's lists carry marks (make them list items)");
    }

    @Test
    void ballotBoxesInListsAreMarks() {
        ParsedFixture p = parse("- ☐ Read\n- ☑ Write\n- ☒ Ship\n- plain\n");
        p.skills(s -> tuple(s.title(), s.markedStatus()))
                .containsExactly(tuple("Read", TODO), tuple("Write", DONE), tuple("Ship", DONE));
    }

    @Test
    void aStatusListsTableIsNoChecklist() {
        ParsedFixture p = parse("## Current Status\n| Done | Month |\n|---|---|\n| [x] | Month 1 |\n## Plan\n- a\n");
        p.skillTitles().containsExactly("a");
    }
}
