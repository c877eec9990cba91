package dev.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.state.Progress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Levels written above topics ("## L1: Beginner" › "### CSS") make a topic per subsection, not per level. */
class LevelsAboveTopicsTest {
    private static final String MARKDOWN = """
            # Web
            ## L1: Beginner
            ### CSS
            - [ ] selectors
            ### HTML
            - [ ] tags
            ## L2: Intermediate
            ### CSS
            - [ ] grid
            ### HTML
            - [ ] forms
            ## L3: Advanced
            ### CSS
            - [ ] houdini
            """;

    private final SkillGraph graph = ReportFixtures.graph("web.md", MARKDOWN);

    @Test
    void eachSubsectionTitleIsOneTopicWithItsLevels() {
        List<Topic> topics = Topic.of(graph, graph.roadmaps().get(0));
        assertThat(topics).extracting(Topic::title, t -> t.levels().keySet().stream().toList())
                .containsExactly(tuple("CSS", List.of(1, 2, 3)), tuple("HTML", List.of(1, 2)));
        assertThat(topics.get(0).levels().get(2)).extracting(Skill::title).containsExactly("grid");
    }

    @Test
    void gapsShowsTheTopicsFrontier() {
        GapsReport.RoadmapGaps gaps = GapsReport.of(graph, Progress.EMPTY, graph.roadmaps()).roadmaps().get(0);
        assertThat(gaps.levels()).containsExactly(1, 2, 3);
        assertThat(gaps.topics()).extracting(t -> t.topic().title(), GapsReport.TopicGaps::frontier)
                .containsExactly(tuple("CSS", 1), tuple("HTML", 1));
    }

    @Test
    void aTopicIsFoundByItsTitle() {
        assertThat(TopicQuery.find(graph, "css")).extracting(Topic::title).containsExactly("CSS");
    }

    @Test
    void nextTakesEveryTopicsL1BeforeAnyL2() {
        PlanReport.Result plan = PlanReport.of(graph, Progress.EMPTY, graph.roadmaps(), 5, false);
        assertThat(plan.items()).extracting(i -> i.skill().title())
                .containsExactly("selectors", "tags", "grid", "forms", "houdini");
        assertThat(plan.items().get(0).reason()).isEqualTo("L1 of CSS is open; L1 comes before L2");
    }

    @Test
    void namedLevelsAboveTopicsAreOrderedTheSameWay() {
        SkillGraph named = ReportFixtures.graph("named.md", """
                ## Advanced
                ### CSS
                - [ ] houdini
                ## Beginner
                ### CSS
                - [ ] selectors
                ### HTML
                - [ ] tags
                """);
        PlanReport.Result plan = PlanReport.of(named, Progress.EMPTY, named.roadmaps(), 3, false);
        assertThat(plan.items()).extracting(i -> i.skill().title()).containsExactly("selectors", "tags", "houdini");
    }
}
