package dev.tracker.cli;

import static dev.tracker.testing.FixtureRoadmaps.CONTROL_FLOW;
import static dev.tracker.testing.FixtureRoadmaps.DEFINE;
import static dev.tracker.testing.FixtureRoadmaps.EMBEDDING;
import static dev.tracker.testing.FixtureRoadmaps.IMPLICIT;
import static dev.tracker.testing.FixtureRoadmaps.MOCKING;
import static dev.tracker.testing.JsonTree.asList;
import static dev.tracker.testing.JsonTree.asObject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.JsonTree;
import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list, show and search through the command tree: what a user types, what they see, and that nothing is written. */
class BrowseCommandsTest {
    @TempDir
    Path tmp;

    private TrackerRunner tracker;

    @BeforeEach
    void roadmaps() {
        tracker = FixtureRoadmaps.both(tmp);
    }

    /** An id as a tree shows it: without the roadmap its top line names. */
    private static String inAlpha(String id) {
        assertThat(id).startsWith("alpha/");
        return id.substring("alpha/".length());
    }

    @Test
    void listShowsTheTreeWithMarksIdsAndRollUpCounts() {
        String out = tracker.ok("list", "alpha").out();

        assertThat(out.lines().toList()).containsExactly(
                "alpha · Alpha Plan                                                           2/7",
                "  Basics                                                                     1/3",
                "    [x] basics/variables-and-types  Variables and types",
                "    [ ] basics/control-flow  Control flow",
                "    [/] basics/functions  Functions",
                "  Interfaces                                                                 1/4",
                "    L1: Junior                                                               0/2",
                "      [ ] " + inAlpha(DEFINE) + "  Define an interface",
                "      [ ] " + inAlpha(IMPLICIT) + "  Implicit satisfaction",
                "    L2: Senior                                                               1/2",
                "      [x] " + inAlpha(MOCKING) + "  Mocking with interfaces",
                "      [ ] " + inAlpha(EMBEDDING) + "  Embedding interfaces");
        assertThat(tracker.stateText()).as("browsing writes nothing").isNull();
    }

    @Test
    void theIdsOfATreeAreAcceptedByCheck() {
        tracker.ok("check", inAlpha(EMBEDDING));

        assertThat(tracker.ok("list", "alpha", "--level", "2").out()).contains("[x] " + inAlpha(EMBEDDING));
    }

    @Test
    void listWithoutArgumentsShowsEveryRoadmapAndSkipsSectionsWithoutSkills() {
        String out = tracker.ok("list").out();

        assertThat(out).contains("alpha · Alpha Plan", "beta · Beta Notes", "[-] only/skipped-thing")
                .doesNotContain("Resources");
    }

    @Test
    void aStatusFilterShowsTheOneOpenSkillButKeepsTheWholeCount() {
        tracker.ok("check", DEFINE, IMPLICIT, CONTROL_FLOW, EMBEDDING);
        tracker.ok("start", "alpha/basics/functions");
        tracker.ok("check", "alpha/basics/functions");

        String out = tracker.ok("list", "alpha", "--todo").out();

        assertThat(out).isEqualTo("alpha · Alpha Plan                                                           7/7\n"
                + "  no todo skill here\n");
        tracker.ok("uncheck", MOCKING);
        assertThat(tracker.ok("list", "alpha", "--todo").out().lines()).containsExactly(
                "alpha · Alpha Plan                                                           6/7",
                "  Interfaces                                                                 3/4",
                "    L2: Senior                                                               1/2",
                "      [ ] " + inAlpha(MOCKING) + "  Mocking with interfaces");
    }

    @Test
    void aFilterOverEveryRoadmapLeavesOutThoseWithoutAMatch() {
        assertThat(tracker.ok("list", "--skipped").out()).isEqualTo(
                "beta · Beta Notes                                                            1/3\n"
                        + "  Only                                                                       1/3\n"
                        + "    [-] only/skipped-thing  Skipped thing\n");
        assertThat(tracker.ok("list", "--level", "7").out()).isEqualTo("no skill at level 7 in any roadmap\n");
    }

    @Test
    void listOfASectionByWordsAndALevelFilter() {
        assertThat(tracker.ok("list", "interfaces", "--level", "2").out().lines()).containsExactly(
                "alpha › Interfaces                                                           1/4",
                "  L2: Senior                                                                 1/2",
                "    [x] " + inAlpha(MOCKING) + "  Mocking with interfaces",
                "    [ ] " + inAlpha(EMBEDDING) + "  Embedding interfaces");
        assertThat(tracker.ok("list", "--done", "--skipped").out()).contains("[x] " + inAlpha(MOCKING), "[-] only/skipped-thing")
                .doesNotContain("[ ]");
    }

    @Test
    void listRefusesWhatItCannotFind() {
        assertThat(tracker.fails(1, "list", "nowhere").err()).contains("no roadmap or section matches 'nowhere'", "alpha, beta")
                .hasLineCount(1);
        assertThat(tracker.fails(2, "list", "--level", "0").err()).isEqualTo("tracker: --level must be 1 or more, not 0\n");
        assertThat(tracker.fails(2, "list", "--level", "-3").err()).contains("--level must be 1 or more");
    }

    @Test
    void anAmbiguousSectionListsTheCandidatesLikeCheckDoes() {
        tracker.roadmap("gamma.md", "# Gamma\n\n## Interfaces\n\n- [ ] Network interfaces\n");

        Run run = tracker.fails(2, "list", "interfaces");

        assertThat(run.err().lines()).containsExactly("tracker: 'interfaces' matches 2 sections; name one by its id:",
                "  alpha/interfaces  Interfaces", "  gamma/interfaces  Interfaces");
    }

    @Test
    void everyLineFitsTheWidthEvenWithLongTitles() {
        tracker.roadmap("long.md", "# Long\n\n## " + "A very long section title ".repeat(6) + "\n\n- [ ] "
                + "Wide 🚀 emoji and 漢字 in a long skill title ".repeat(5) + "\n");

        for (String command : List.of("list", "search", "show")) {
            String out = command.equals("list") ? tracker.ok("list").out() : tracker.ok(command, "wide", "emoji").out();
            assertThat(out.lines()).as(command).allSatisfy(line ->
                    assertThat(line.codePoints().map(c -> c >= 0x1F000 || c >= 0x4E00 && c <= 0x9FFF ? 2 : 1).sum())
                            .as(line).isLessThanOrEqualTo(TrackerRunner.COLUMNS));
        }
        assertThat(tracker.ok("list", "long").out()).contains("…");
    }

    @Test
    void listJsonHasTheSkillsAndTheSectionsHoldingThem() {
        Map<String, Object> json = JsonTree.object(tracker.ok("list", "alpha", "--in-progress", "--json").out());

        assertThat(asList(json.get("skills"))).singleElement().isEqualTo(Map.of("id", "alpha/basics/functions",
                "title", "Functions", "roadmap", "alpha", "status", "in-progress", "level", 0L,
                "section", "Basics", "sectionPath", List.of("Basics")));
        assertThat(asList(json.get("sections"))).singleElement().satisfies(s -> assertThat(asObject(s))
                .containsEntry("id", "alpha/basics").containsEntry("total", 3L).containsEntry("done", 1L));
    }

    @Test
    void showOfASkillTellsWhereItIsWhatItSaysAndSinceWhen() {
        tracker.ok("check", DEFINE);

        assertThat(tracker.ok("show", "l1/define-an-interface").out()).isEqualTo("""
                [x] alpha/interfaces/l1/define-an-interface
                  roadmap  alpha · Alpha Plan
                  section  Interfaces › L1: Junior
                  level    L1
                  status   done since 2026-11-21 09:00 UTC; the markdown marks it todo
                  source   alpha.md, line 13

                  Define an interface
                """);
    }

    @Test
    void showJsonOfASkill() {
        Map<String, Object> skill = asObject(JsonTree.object(tracker.ok("show", MOCKING, "--json").out()).get("skill"));

        assertThat(skill).containsEntry("id", MOCKING).containsEntry("status", "done").containsEntry("marked", "done")
                .containsEntry("level", 2L).containsEntry("section", "L2: Senior").containsEntry("changed", null)
                .containsEntry("file", "alpha.md").containsEntry("sectionPath", List.of("Interfaces", "L2: Senior"));
    }

    @Test
    void showOfASectionPrintsItsTreeAndASectionWinsOverSkillsOnEqualTerms() {
        String out = tracker.ok("show", "interfaces").out();

        assertThat(out).startsWith("section  alpha/interfaces\nalpha › Interfaces ").contains("[ ] " + inAlpha(DEFINE));
        Map<String, Object> section = asObject(JsonTree.object(tracker.ok("show", "interfaces", "--json").out()).get("section"));
        assertThat(section).containsEntry("id", "alpha/interfaces").containsEntry("total", 4L)
                .containsEntry("sectionPath", List.of("Interfaces"));
        assertThat(asList(section.get("skills"))).hasSize(4);
        assertThat(asList(section.get("sections"))).extracting(s -> asObject(s).get("id"))
                .containsExactly("alpha/interfaces/l1", "alpha/interfaces/l2");
    }

    @Test
    void showPrefersTheStrongerMatchAndOnEqualTermsTheSection() {
        tracker.roadmap("gamma.md", "# Gamma\n\n## Pure functions\n\n- [ ] Pure functions in practice\n");

        assertThat(tracker.ok("show", "functions").out()).as("a skill's id suffix beats the words of a section")
                .startsWith("[/] alpha/basics/functions\n");
        assertThat(tracker.ok("show", "pure", "functions").out()).as("words of both: the section holds the skill")
                .startsWith("section  gamma/pure-functions\n");
        assertThat(tracker.ok("show", "beta").out()).as("a roadmap's id").startsWith("roadmap  beta  (beta.md)\nbeta · Beta Notes");
    }

    @Test
    void showRefusesAmbiguityAndNothing() {
        Run ambiguous = tracker.fails(2, "show", "thing");
        assertThat(ambiguous.err().lines().findFirst()).hasValue("tracker: 'thing' matches 3 skills; name one by its id:");
        assertThat(ambiguous.err()).as("the unique end of each id").contains("  one-thing  One thing");
        assertThat(tracker.fails(1, "show", "zzzz").err()).contains("no roadmap, section or skill matches 'zzzz'").hasLineCount(1);
    }

    @Test
    void searchFindsSkillsByEveryWordWithIdsAndMarks() {
        assertThat(tracker.ok("search", "INTERFACE", "l2").out()).isEqualTo(MOCKING + "\n  [x] Mocking with interfaces\n"
                + EMBEDDING + "\n  [ ] Embedding interfaces\n");
        assertThat(asList(JsonTree.object(tracker.ok("search", "thing", "--json").out()).get("skills")))
                .extracting(s -> asObject(s).get("status")).containsExactly("todo", "done", "skipped");
    }

    @Test
    void searchExitsOneWhenNothingMatchesAndTwoWithoutAWord() {
        assertThat(tracker.fails(1, "search", "interface", "quantum").err()).contains("interface, quantum").hasLineCount(1);
        assertThat(tracker.fails(2, "search", "🚀").err()).contains("no word to search for").hasLineCount(1);
    }
}
