package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Roadmap ids: unique, from names alone, the same whatever order the names come in. */
class RoadmapIdsTest {
    private static RoadmapIds.Assigned of(String... names) {
        return RoadmapIds.of(Stream.of(names).map(n -> Path.of("/r", n)).toList());
    }

    @Test
    void namesOfOtherScriptsAndAccentsMakeIdsOfTheirOwn() {
        RoadmapIds.Assigned ids = of("plan.md", "pl\u00E1n.md", "\u65E5\u672C.md");
        assertThat(ids.ids()).containsExactly("plan", "pl\u00E1n", "\u65E5\u672C");
        assertThat(ids.warnings()).isEmpty();
    }

    @Test
    void theFileNamedExactlyAsTheIdKeepsItTheOthersGetNumbersInNameOrder() {
        RoadmapIds.Assigned ids = of("Plan.md", "plan.md", "PLAN.md", "plan-2.md");
        assertThat(ids.ids()).containsExactly("plan-4", "plan", "plan-3", "plan-2");
        assertThat(ids.warnings()).containsExactly("roadmaps PLAN.md, Plan.md, plan.md make the same id \"plan\": plan.md "
                + "keeps it, PLAN.md is \"plan-3\", Plan.md is \"plan-4\"; rename a file to choose its id");
    }

    @Test
    void idsDoNotDependOnTheOrderTheNamesCameIn() {
        List<String> forward = of("Go Plan.md", "go-plan.md", "go_plan.md").ids();
        List<String> backward = of("go_plan.md", "go-plan.md", "Go Plan.md").ids();
        assertThat(backward).containsExactly(forward.get(2), forward.get(1), forward.get(0));
        assertThat(forward).doesNotHaveDuplicates().contains("go-plan");
    }
}
