package dev.tracker.roadmap;

import static dev.tracker.graph.SkillStatus.DONE;
import static dev.tracker.graph.SkillStatus.IN_PROGRESS;
import static dev.tracker.graph.SkillStatus.SKIPPED;
import static dev.tracker.graph.SkillStatus.TODO;
import static dev.tracker.roadmap.ParsedFixture.parse;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which list items are skills, with which status, and where they sit. */
class MarkdownRoadmapParserTest {

    static Stream<Arguments> markers() {
        return Stream.of(
                arguments("[ ]", TODO), arguments("[x]", DONE), arguments("[X]", DONE),
                arguments("[/]", IN_PROGRESS), arguments("[-]", SKIPPED),
                arguments("\u2714", DONE), arguments("\u2714\uFE0F", DONE),
                arguments("\u2713", DONE), arguments("\u2713\uFE0F", DONE),
                arguments("\u2705", DONE), arguments("\u2705\uFE0F", DONE),
                arguments("\u2611", DONE), arguments("\u2611\uFE0F", DONE),
                arguments("[\u2714\uFE0F]", DONE), arguments("[\u2705]", DONE));
    }

    @ParameterizedTest(name = "\"- {0} Channels\" is a skill marked {1}")
    @MethodSource("markers")
    void eachMarkerMakesASkillWithItsStatus(String marker, SkillStatus status) {
        ParsedFixture p = parse("## Go\n- " + marker + " Channels\n- plain note\n");
        p.skillTitles().containsExactly("Channels");
        p.statuses().containsExactly(status);
    }

    @ParameterizedTest(name = "list marker \"{0}\"")
    @ValueSource(strings = {"-", "*", "+", "1.", "7.", "1)"})
    void anyListMarkerCanCarryASkill(String listMarker) {
        ParsedFixture p = parse("## Go\n" + listMarker + " [x] Select statements\n");
        p.skillTitles().containsExactly("Select statements");
        p.statuses().containsExactly(DONE);
    }

    @ParameterizedTest(name = "\"{0}\" is no marker")
    @ValueSource(strings = {"[x]foo", "[\u2714\uFE0F]bar", "\u2705done", "[ x ] spaced", "[xx] doubled", "[?] unknown", "x plain"})
    void markerMustBeAKnownOneFollowedByWhitespace(String item) {
        ParsedFixture p = parse("## Go\n- [ ] Real skill\n- " + item + "\n");
        p.skillTitles().containsExactly("Real skill");
    }

    @Test
    void nestedMarkedItemsAreSkillsWithTheirParentSkill() {
        ParsedFixture p = parse("""
                ## Concurrency
                - [ ] Goroutines
                  - [x] Spawning
                    - [/] WaitGroups
                  - a plain note
                  - [ ] Leaks
                - [ ] Channels
                """);
        Skill goroutines = p.skill("Goroutines");
        Skill spawning = p.skill("Spawning");
        p.skillTitles().containsExactly("Goroutines", "Spawning", "WaitGroups", "Leaks", "Channels");
        p.skills(Skill::parentSkillId).containsExactly(
                null, goroutines.id(), spawning.id(), goroutines.id(), null);
        p.skills(Skill::sectionId).containsOnly("fixture/concurrency");
        p.skillIds().contains("fixture/concurrency/goroutines/spawning/waitgroups");
    }

    @Test
    void tabIndentationNestsItems() {
        ParsedFixture p = parse("## Go\n-\t[ ] Maps\n\t-\t[x] Buckets\n\t\t-\t[ ] Evacuation\n");
        p.skillTitles().containsExactly("Maps", "Buckets", "Evacuation");
        p.skills(Skill::parentSkillId).containsExactly(null, "fixture/go/maps", "fixture/go/maps/buckets");
        p.statuses().containsExactly(TODO, DONE, TODO);
    }

    @Test
    void headingInsideAListItemOpensASection() {
        ParsedFixture p = parse("""
                ## Data Structures
                - ### Arrays
                  - [ ] Implement a vector
                - ### Linked Lists
                  - [x] Implement a list
                """);
        p.sections(Section::id).containsExactly("fixture/data-structures",
                "fixture/data-structures/arrays", "fixture/data-structures/linked-lists");
        p.skills(Skill::sectionId).containsExactly("fixture/data-structures/arrays",
                "fixture/data-structures/linked-lists");
    }

    @Test
    void setextHeadingsOpenSections() {
        ParsedFixture p = parse("""
                Go Study Plan
                =============

                Basics
                ------
                - [ ] Variables

                Tooling
                -------
                - [ ] go vet
                """);
        p.described(Assertions.assertThat(p.roadmap().title())).isEqualTo("Go Study Plan");
        p.sections(Section::title).containsExactly("Basics", "Tooling");
        p.skills(Skill::sectionId).containsExactly("fixture/basics", "fixture/tooling");
    }

    @Test
    void sectionsNestByHeadingLevel() {
        ParsedFixture p = parse("# T\n## A\n### A1\n#### A1a\n## B\n- [ ] b\n");
        p.sections(Section::parentId).containsExactly(null, "fixture/a", "fixture/a/a1", null);
        p.sections(Section::depth).containsExactly(1, 2, 3, 1);
    }

    @Test
    void titleIsTheOneLevelOneHeadingWithoutMarkdown() {
        ParsedFixture p = parse("# Go **Mastery** Plan\n## Basics\n- [ ] a\n## Quarter 2\n- [ ] b\n");
        p.described(Assertions.assertThat(p.roadmap().title())).isEqualTo("Go Mastery Plan");
        p.sections(Section::title).containsExactly("Basics", "Quarter 2");
    }

    @Test
    void aSecondLevelOneHeadingMakesTheFirstASectionToo() {
        ParsedFixture p = parse("# Go **Mastery** Plan\n## Basics\n- [ ] a\n# Quarter 2\n- [ ] b\n");
        p.described(Assertions.assertThat(p.roadmap().title())).isEqualTo("fixture.md");
        p.sections(Section::id).containsExactly("fixture/go-mastery-plan", "fixture/go-mastery-plan/basics",
                "fixture/quarter-2");
    }

    @Test
    void titleFallsBackToTheFileName() {
        ParsedFixture p = parse("go-plan.md", "## Basics\n- [ ] a\n");
        p.described(Assertions.assertThat(p.roadmap().title())).isEqualTo("go-plan.md");
        p.described(Assertions.assertThat(p.roadmap().id())).isEqualTo("go-plan");
    }

    @Test
    void yamlFrontMatterOpensNoSectionAndKeepsTheTitle() {
        ParsedFixture p = parse("---\nlayout: page\ntitle: Go Roadmap\n---\n# Go Roadmap\n## Basics\n- [ ] Pointers\n");
        p.described(Assertions.assertThat(p.roadmap().title())).isEqualTo("Go Roadmap");
        p.sections(Section::title).containsExactly("Basics");
        p.skillIds().containsExactly("fixture/basics/pointers");
    }

    @Test
    void byteOrderMarkIsIgnored() {
        ParsedFixture p = parse("\uFEFF# Go Plan\n- [x] Pointers\n");
        p.described(Assertions.assertThat(p.roadmap().title())).isEqualTo("Go Plan");
        p.skillTitles().containsExactly("Pointers");
    }

    @Test
    void windowsLineEndingsParseLikeUnixOnes() {
        ParsedFixture p = parse("# Go\r\n## Basics\r\n- [x] Slices\r\n  - [ ] Append\r\n");
        p.skillIds().containsExactly("fixture/basics/slices", "fixture/basics/slices/append");
        p.statuses().containsExactly(DONE, TODO);
    }

    @Test
    void inlineMarkdownIsStrippedFromTitles() {
        ParsedFixture p = parse("""
                ## Generics
                - [ ] **Syntax:** write `func Map[T any](s []T) []T` by hand
                - [x] Read [the spec](https://go.dev/ref/spec) and _Effective Go_
                """);
        p.skillTitles().containsExactly(
                "Syntax: write func Map[T any](s []T) []T by hand",
                "Read the spec and Effective Go");
        p.skillIds().containsExactly("fixture/generics/syntax", "fixture/generics/read-the-spec-and-effective");
    }

    @Test
    void mojibakeInHeadingsAndItemsIsRepaired() {
        ParsedFixture p = parse("# \uF8FF\u00FC\u00F6\u00C4 GOD MODE\n## \u011F\u0178\u2014\u201C Week 1 \u00E2\u20AC\u201D Runtime\n"
                + "- [x] Pointers \u00E2\u20AC\u201D and values\n");
        p.described(Assertions.assertThat(p.roadmap().title())).isEqualTo("\uD83D\uDE80 GOD MODE");
        p.sections(Section::title).containsExactly("\uD83D\uDDD3 Week 1 \u2014 Runtime");
        p.skillTitles().containsExactly("Pointers \u2014 and values");
    }

    @Test
    void skillsRecordTheirLine() {
        ParsedFixture p = parse("# T\n\n## S\n- [ ] first\n\n- [ ] second\n");
        p.skills(Skill::line).containsExactly(4, 6);
    }

    @Test
    void severalLevelOneHeadingsAreSectionsAndTheFileNameIsTheTitle() {
        ParsedFixture p = ParsedFixture.parse("plan.md", """
                # Go
                - [ ] goroutines
                # Rust
                - [ ] ownership
                """);
        p.described(Assertions.assertThat(p.roadmap().title())).isEqualTo("plan.md");
        p.sections(Section::title).containsExactly("Go", "Rust");
        p.skillIds().containsExactly("plan/go/goroutines", "plan/rust/ownership");
    }

    @Test
    void oneLevelOneHeadingIsTheTitle() {
        ParsedFixture p = ParsedFixture.parse("plan.md", "# Go\n- [ ] goroutines\n## Later\n- [ ] generics\n");
        p.described(Assertions.assertThat(p.roadmap().title())).isEqualTo("Go");
        p.skillIds().containsExactly("plan/goroutines", "plan/later/generics");
    }
}
