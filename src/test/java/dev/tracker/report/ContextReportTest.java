package dev.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.Progress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextReportTest {
    private static final Instant AT = Instant.parse("2026-11-21T09:00:00Z");
    private static final String MENTORED = """
            # Tracker
            **Role:** You are my mentor. Build analogies only from [x] concepts.

            ## Structs
            ### L1: basics
            - [x] define
            - [x] literals
            ### L2: production
            - [x] tags
            - [ ] embedding
            ## Defer
            ### L1: basics
            - [ ] register
            - [ ] order
            """;
    private static final String PLAIN = """
            # Days
            ## Day 1
            - [x] pointers
            - [ ] slices
            """;

    private final SkillGraph graph = new SkillGraph(List.of(ReportFixtures.graph("tracker.md", MENTORED).roadmaps().get(0),
            ReportFixtures.graph("days.md", PLAIN).roadmaps().get(0)));

    private Progress progress() {
        Progress progress = Progress.EMPTY.with(graph.skill("tracker/defer/l1/order").orElseThrow(), SkillStatus.IN_PROGRESS, AT);
        progress = progress.with(graph.skill("days/day-1/slices").orElseThrow(), SkillStatus.DONE, AT);
        return progress.edit(AT).review("days/day-1/slices", "good", 0.9, AT)
                .note("tracker/structs/l1/define", "wrote a linked list", AT).done();
    }

    private ContextReport.Result all(Progress progress, Instant now) {
        return ContextReport.of(graph, progress, graph.roadmaps(), null, null, now, 0.9);
    }

    @Test
    void eachRoadmapHasItsRulesItsDoneSkillsByTopicAndLevelWhatIsInProgressAndItsGaps() {
        ContextReport.Result result = all(progress(), AT);

        ContextReport.RoadmapPart tracker = result.roadmaps().get(0);
        assertThat(tracker.rules()).isEqualTo("**Role:** You are my mentor. Build analogies only from [x] concepts.\n");
        assertThat(tracker.known()).extracting(ContextReport.Known::group, ContextReport.Known::level, k -> k.skill().title())
                .containsExactly(tuple("Structs", 1, "define"), tuple("Structs", 1, "literals"), tuple("Structs", 2, "tags"));
        assertThat(tracker.inProgress()).extracting(v -> v.skill().title()).containsExactly("order");
        assertThat(tracker.gaps()).extracting(g -> g.topic().title(), GapsReport.TopicGaps::frontier)
                .containsExactly(tuple("Structs", 2), tuple("Defer", 1));
        ContextReport.RoadmapPart days = result.roadmaps().get(1);
        assertThat(days.rules()).isEmpty();
        assertThat(days.known()).extracting(ContextReport.Known::group, k -> k.skill().title())
                .containsExactly(tuple("Day 1", "pointers"), tuple("Day 1", "slices"));
        assertThat(days.gaps()).isEmpty();
    }

    @Test
    void nextIsWhatThePlanGivesAndNotesAndDueReviewsAreListed() {
        ContextReport.Result result = all(progress(), AT.plus(Duration.ofDays(60)));

        assertThat(result.next()).extracting(i -> i.skill().id())
                .containsExactly("tracker/defer/l1/order", "tracker/defer/l1/register", "tracker/structs/l2/embedding");
        assertThat(result.notes()).extracting(n -> n.skill().id(), ContextReport.Noted::n, n -> n.note().text())
                .containsExactly(tuple("tracker/structs/l1/define", 1, "wrote a linked list"));
        assertThat(result.due()).extracting(s -> s.skill().id()).containsExactly("days/day-1/slices");
        assertThat(result.omitted()).isEmpty();
    }

    @Test
    void aTopicNarrowsEverythingToItsSkills() {
        Topic structs = TopicQuery.find(graph, "structs").get(0);
        Roadmap tracker = graph.roadmaps().get(0);

        ContextReport.Result result = ContextReport.of(graph, progress(), List.of(tracker), structs, structs.id(), AT, 0.9);

        assertThat(result.scope()).isEqualTo("tracker/structs");
        assertThat(result.roadmaps()).singleElement().satisfies(part -> {
            assertThat(part.inProgress()).isEmpty();
            assertThat(part.gaps()).extracting(g -> g.topic().title()).containsExactly("Structs");
            assertThat(part.counts()).isEqualTo(new Counts(4, 3, 0, 0));
        });
        assertThat(result.next()).extracting(i -> i.skill().title(), PlanReport.Item::reason)
                .containsExactly(tuple("embedding", "L2 of Structs is open"));
        assertThat(result.notes()).hasSize(1);
    }

    @Test
    void trimmingDropsTheLeastImportantFirstAndCountsWhatItLeftOut() {
        ContextReport.Result full = all(progress(), AT.plus(Duration.ofDays(60)));
        int all = ContextTrim.droppable(full);

        ContextReport.Result one = ContextTrim.drop(full, 1);
        assertThat(one.due()).isEmpty();
        assertThat(one.omitted()).isEqualTo(Map.of("reviewsDue", 1));
        ContextReport.Result emptied = ContextTrim.emptied(full);
        assertThat(emptied.roadmaps()).allSatisfy(part -> {
            assertThat(part.rules()).isEmpty();
            assertThat(part.known()).isEmpty();
        });
        assertThat(emptied.omitted().keySet()).containsExactlyElementsOf(
                ContextTrim.ORDER.stream().filter(part -> emptied.omitted().containsKey(part)).toList());
        assertThat(emptied.omitted().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(all);
        // the rules go last: with one item left, it is the roadmap's rules
        assertThat(ContextTrim.drop(full, all - 1).roadmaps().get(0).rules()).isNotEmpty();
    }

    @Test
    void fitFindsTheFullestContextWithinTheBudget() {
        ContextReport.Result full = all(progress(), AT.plus(Duration.ofDays(60)));
        java.util.function.ToIntFunction<ContextReport.Result> size = r -> ContextTrim.droppable(r) * 10;

        assertThat(ContextTrim.fit(full, size, 1000)).contains(full);
        assertThat(ContextTrim.fit(full, size, 35).orElseThrow().omitted().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(ContextTrim.droppable(full) - 3);
        assertThat(ContextTrim.fit(full, r -> 50, 49)).isEmpty();
    }
}
