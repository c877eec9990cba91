package dev.tracker.cli;

import static dev.tracker.testing.JsonTree.asList;
import static dev.tracker.testing.JsonTree.asObject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.JsonTree;
import dev.tracker.testing.TrackerRunner;
import dev.tracker.testing.TrackerRunner.Run;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `tracker context`: every part issue 13 names, in markdown and JSON, trimmed by --max-chars, through main's factory. */
class ContextCommandTest {
    private static final String MENTOR = """
            # Mentor Plan

            **Role:** You are my mentor.
            **Rules:** build analogies only from `[x]` concepts.

            ## Interfaces

            ### L1: Junior

            - [x] Define an interface
            - [ ] Implicit satisfaction

            ### L2: Senior

            - [ ] Mocking with interfaces

            ## Defer

            ### L1: Junior

            - [/] Register a cleanup
            - [ ] Order of deferred calls
            """;
    private static final String DEFINE = "mentor/interfaces/l1/define-an-interface";

    @TempDir
    Path tmp;

    private TrackerRunner tracker;

    @BeforeEach
    void roadmaps() {
        tracker = new TrackerRunner(tmp).roadmap("mentor.md", MENTOR).roadmap("beta.md", FixtureRoadmaps.BETA);
        tracker.ok("note", DEFINE, "wrote a Speaker in github.com/me/zoo");
    }

    @Test
    void markdownHoldsTheRulesOfEachRoadmapWhatIsDoneInProgressTheGapsNextAndNotes() {
        String out = tracker.ok("context").out();

        assertThat(out).startsWith("# Learning context, 2026-11-21\n")
                .contains("## Beta Notes (`beta`)\n", "## Mentor Plan (`mentor`)\n\n1 of 5 done (20%), 1 in progress, 0 skipped.\n")
                .contains("### Rules (from mentor.md)\n\n**Role:** You are my mentor.\n"
                        + "**Rules:** build analogies only from `[x]` concepts.\n")
                .contains("#### Interfaces · L1\n\n- [x] Define an interface\n")
                .contains("#### Only\n\n- [x] Another thing\n")
                .contains("### In progress\n\n- [/] Register a cleanup (`mentor/defer/l1/register-a-cleanup`)\n")
                .contains("- Interfaces: frontier L1 (L1 1/2, L2 0/1); missing at L1: implicit-satisfaction\n")
                .contains("\n## Next\n\n1. ")
                .contains("\n## Notes\n\n- `" + DEFINE + "`, note 1 of 2026-11-21: wrote a Speaker in github.com/me/zoo\n")
                .doesNotContain("Left out");
        assertThat(out.indexOf("## Beta Notes")).isLessThan(out.indexOf("## Mentor Plan"));
        assertThat(out.lines().filter(line -> line.startsWith("### Rules"))).hasSize(1); // beta has none
    }

    @Test
    void reviewsDueAreListedOnceTheirDayHasCome() {
        tracker.ok("review", "beta/only/another-thing", "--grade", "good");

        assertThat(tracker.ok("context").out()).doesNotContain("## Reviews due");
        assertThat(tracker.at(Instant.parse("2027-03-01T09:00:00Z")).ok("context").out())
                .containsPattern("\n## Reviews due\n\n- Another thing \\(`beta/only/another-thing`, \\d+ days overdue\\)\n");
    }

    @Test
    void aRoadmapOrATopicNarrowsTheContext() {
        String mentor = tracker.ok("context", "mentor").out();
        assertThat(mentor).contains("## Mentor Plan").doesNotContain("## Beta Notes", "Another thing");

        Map<String, Object> defer = JsonTree.object(tracker.ok("context", "defer", "--format", "json").out());
        assertThat(defer.get("scope")).isEqualTo("mentor/defer");
        Map<String, Object> part = asObject(asList(defer.get("roadmaps")).get(0));
        assertThat(part.get("rules")).asString().startsWith("**Role:**");
        assertThat(part.get("total")).isEqualTo(2L);
        assertThat(asList(part.get("known"))).isEmpty();
        assertThat(asList(part.get("started"))).extracting(s -> asObject(s).get("id"))
                .containsExactly("mentor/defer/l1/register-a-cleanup");
        assertThat(asList(defer.get("next"))).extracting(s -> asObject(s).get("id")).allSatisfy(id ->
                assertThat(id).asString().startsWith("mentor/defer/"));
        assertThat(asList(defer.get("notes"))).isEmpty(); // the note is on an interfaces skill
    }

    @Test
    void jsonHoldsTheSamePartsAndNothingLeftOut() {
        Map<String, Object> json = JsonTree.object(tracker.ok("context", "--format", "JSON").out());

        assertThat(json.get("scope")).isNull();
        assertThat(asList(json.get("roadmaps"))).extracting(r -> asObject(r).get("id")).containsExactly("beta", "mentor");
        Map<String, Object> mentor = asObject(asList(json.get("roadmaps")).get(1));
        assertThat(asList(mentor.get("known"))).containsExactly(Map.of("group", "Interfaces", "level", 1L,
                "skills", List.of(Map.of("id", DEFINE, "title", "Define an interface"))));
        assertThat(asList(mentor.get("gaps"))).extracting(g -> asObject(g).get("title"), g -> asObject(g).get("missing"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Interfaces",
                                List.of("mentor/interfaces/l1/implicit-satisfaction")),
                        org.assertj.core.groups.Tuple.tuple("Defer", List.of("mentor/defer/l1/register-a-cleanup",
                                "mentor/defer/l1/order-of-deferred-calls")));
        assertThat(asList(json.get("notes"))).containsExactly(Map.of("id", DEFINE, "n", 1L, "at", "2026-11-21T09:00:00Z",
                "text", "wrote a Speaker in github.com/me/zoo"));
        assertThat(asObject(json.get("omitted")).values()).containsOnly(0L);
    }

    @Test
    void maxCharsLeavesOutTheLeastImportantFirstAndSaysWhat() {
        String full = tracker.ok("context").out();
        int budget = full.length() - 40;

        String cut = tracker.ok("context", "--max-chars", String.valueOf(budget)).out();
        assertThat(cut.codePointCount(0, cut.length())).isLessThanOrEqualTo(budget);
        assertThat(cut).endsWith("\n---\nLeft out to fit the size asked for, least important first: next items (2).\n")
                .contains("## Notes", "### Gaps", "### Rules");

        Run tooSmall = tracker.fails(2, "context", "--max-chars", "50");
        int least = Integer.parseInt(tooSmall.err().replaceAll("(?s).*still takes (\\d+) characters.*", "$1"));
        String emptied = tracker.ok("context", "--max-chars", String.valueOf(least)).out();
        assertThat(emptied).hasSize(least).doesNotContain("**Role:**", "## Next", "## Notes", "### Done")
                .endsWith("least important first: next items (5), gaps (2), notes (1), done skills (2), "
                        + "skills in progress (1), roadmap rules (1).\n");
        // the rules go last: a little more room, and they are all that is back
        String rulesOnly = tracker.ok("context", "--max-chars", String.valueOf(least + 120)).out();
        assertThat(rulesOnly).contains("**Role:** You are my mentor.").doesNotContain("## Next", "## Notes", "### Done");

        String json = tracker.ok("context", "--format", "json", "--max-chars", "2000").out();
        assertThat(json.length()).isLessThanOrEqualTo(2000);
        Map<String, Object> omitted = asObject(JsonTree.object(json).get("omitted"));
        assertThat((Long) omitted.get("next")).isPositive();
        assertThat(omitted.get("rules")).isEqualTo(0L);
    }

    @Test
    void badInputIsOneLineWithItsExitCodeAndWritesNothing() {
        String state = tracker.stateText();

        assertThat(failsInOneLine(2, "context", "--format", "yaml").err()).contains("--format wants markdown or json, not 'yaml'");
        assertThat(failsInOneLine(2, "context", "--max-chars", "0").err()).contains("--max-chars must be 1 or more");
        assertThat(failsInOneLine(2, "context", "--max-chars", "50").err())
                .containsPattern("--max-chars 50 is too small: with every part left out the context still takes \\d+ characters");
        assertThat(failsInOneLine(1, "context", "no-such-topic-zzqx").err())
                .contains("no roadmap or topic 'no-such-topic-zzqx'; the roadmaps are: beta, mentor");
        tracker.roadmap("other.md", "# Other\n\n## Interfaces\n\n### L1: Junior\n\n- [ ] One\n");
        Run several = tracker.fails(2, "context", "interfaces");
        assertThat(several.err()).startsWith("tracker: 'interfaces' matches 2 topics; name one by its id:\n")
                .contains("mentor/interfaces", "other/interfaces");
        assertThat(tracker.stateText()).isEqualTo(state);
    }

    private Run failsInOneLine(int exit, String... args) {
        Run run = tracker.fails(exit, args);
        assertThat(run.err()).hasLineCount(1);
        return run;
    }
}
