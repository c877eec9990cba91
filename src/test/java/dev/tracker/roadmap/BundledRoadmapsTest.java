package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tracker.graph.FocusHint;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The user's own five roadmaps, as the project ships them. */
class BundledRoadmapsTest {
    private static List<Roadmap> roadmaps;

    @BeforeAll
    static void loadProjectRoadmaps() {
        roadmaps = RoadmapLoader.load(dev.tracker.testing.TrackerRunner.fixtureRoadmaps());
    }

    private static Roadmap roadmap(String file) {
        return roadmaps.stream().filter(r -> r.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no roadmap " + file + " among "
                        + roadmaps.stream().map(Roadmap::file).toList()));
    }

    @ParameterizedTest(name = "{0}: {1} skills, {2} done")
    @CsvSource({
            "go-architect-tracker.md, 374, 24",
            "concurrency-god-mode.md, 49, 16",
            "go-mastery-plan.md, 28, 16",
            "go-4-week-bootcamp.md, 55, 0",
            "senior-go-14-day-plan.md, 146, 0"})
    void countsSkillsAndDoneSkills(String file, int total, int done) {
        Roadmap roadmap = roadmap(file);
        assertThat(roadmap.skills()).as("%s skills", file).hasSize(total);
        assertThat(roadmap.skills()).as("%s done skills", file)
                .filteredOn(s -> s.markedStatus() == SkillStatus.DONE).hasSize(done);
    }

    @Test
    void architectTrackerHas24TopicsHoldingL1L2AndL3() {
        Roadmap tracker = roadmap("go-architect-tracker.md");
        Map<String, Set<Integer>> childLevels = tracker.sections().stream()
                .filter(s -> s.parentId() != null && s.level() > 0)
                .collect(Collectors.groupingBy(Section::parentId, Collectors.mapping(Section::level, Collectors.toSet())));
        assertThat(childLevels.values()).filteredOn(levels -> levels.equals(Set.of(1, 2, 3))).hasSize(24);
        assertThat(tracker.sections()).filteredOn(s -> s.parentId() == null).hasSize(25);
    }

    @Test
    void architectTrackerIdsArePathsOfTopicLevelAndName() {
        Roadmap tracker = roadmap("go-architect-tracker.md");
        assertThat(tracker.skills()).extracting(Skill::id).contains(
                "go-architect-tracker/interfaces/l2/mocking",
                "go-architect-tracker/interfaces/l1/syntax",
                "go-architect-tracker/generics/l1/syntax",
                "go-architect-tracker/l3/the-interface-structure");
        Skill mocking = tracker.skills().stream()
                .filter(s -> s.id().equals("go-architect-tracker/interfaces/l2/mocking")).findFirst().orElseThrow();
        assertThat(mocking.level()).isEqualTo(2);
        assertThat(mocking.title()).startsWith("Mocking: I define interfaces at the point of use");
    }

    @Test
    void architectTrackerKeepsCodeSpansVerbatimInTitles() {
        assertThat(roadmap("go-architect-tracker.md").skills()).extracting(Skill::title).contains(
                "Syntax: I can declare a generic function using square brackets: func Map[T any](s []T, f func(T) T) []T.");
    }

    @Test
    void skillIdsAreUniqueAcrossAllRoadmaps() {
        List<String> ids = roadmaps.stream().flatMap(r -> r.skills().stream()).map(Skill::id).toList();
        Map<String, Long> repeated = ids.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        repeated.values().removeIf(n -> n == 1);
        assertThat(repeated).as("ids used more than once").isEmpty();
        assertThat(ids).hasSize(374 + 49 + 28 + 55 + 146);
    }

    @Test
    void masteryPlanStatusListIsFiveHintsAndNoSkills() {
        Roadmap plan = roadmap("go-mastery-plan.md");
        List<FocusHint> statusItems = plan.hints().stream().filter(h -> h.kind() == FocusHint.Kind.STATUS_ITEM).toList();
        assertThat(statusItems).extracting(FocusHint::text).containsExactly(
                "Month 1: Complete", "Month 2: Complete", "Month 3: Complete", "Month 4: Complete", "Month 5: Active");
        assertThat(plan.skills()).extracting(Skill::title).doesNotContainAnyElementsOf(
                statusItems.stream().map(FocusHint::text).toList());
    }

    @Test
    void masteryPlanMarksCompleteSections() {
        Roadmap plan = roadmap("go-mastery-plan.md");
        assertThat(plan.sections()).filteredOn(Section::complete).extracting(Section::id).containsExactly(
                "go-mastery-plan/quarter-1/week-1-4", "go-mastery-plan/quarter-1/week-5-8",
                "go-mastery-plan/quarter-1/week-9-13", "go-mastery-plan/quarter-1/month-4");
    }

    @Test
    void concurrencyTitleIsRepairedToARocket() {
        Roadmap concurrency = roadmap("concurrency-god-mode.md");
        assertThat(concurrency.title()).startsWith("\uD83D\uDE80").contains("CONCURRENCY GOD MODE");
    }

    @Test
    void concurrencyFocusLinesAreHints() {
        assertThat(roadmap("concurrency-god-mode.md").hints()).extracting(FocusHint::kind, FocusHint::text)
                .containsExactly(
                        tuple(FocusHint.Kind.WORKING_ON, "Phase 1 - Deep Theory & Internals"),
                        tuple(FocusHint.Kind.NEXT_UP, "Lock-Free Programming"));
    }

    @Test
    void plansWithoutMarkersAreReadAsPlainBullets() {
        assertThat(roadmaps).filteredOn(Roadmap::plain).extracting(Roadmap::file)
                .containsExactly("go-4-week-bootcamp.md", "senior-go-14-day-plan.md");
    }
}
