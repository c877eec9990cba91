package dev.tracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.report.OverviewReport;
import dev.tracker.roadmap.RoadmapLoader;
import dev.tracker.state.HistoryEntry;
import dev.tracker.state.Progress;
import dev.tracker.testing.Golden;
import dev.tracker.testing.TrackerRunner;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `tracker report --html` on the frozen five roadmaps, at a fixed date and zone, against a golden page. */
class ReportGoldenTest {
    private static final SkillGraph GRAPH = new SkillGraph(RoadmapLoader.load(TrackerRunner.fixtureRoadmaps()));

    /** Two and a half weeks on the 14-day plan and a few L1s of the architect tracker; a recall forgotten. */
    static Progress history() {
        List<HistoryEntry> history = new ArrayList<>();
        List<Skill> plan = GRAPH.findRoadmap("senior-go-14-day-plan").orElseThrow().skills();
        List<Skill> levels = GRAPH.findRoadmap("go-architect-tracker").orElseThrow().skills();
        Instant at = Instant.parse("2026-11-14T18:30:00Z");
        for (int i = 0; i < 18; i++) {
            Skill skill = i % 3 == 2 ? levels.get(30 + i) : plan.get(i);
            at = at.plusSeconds(i % 4 == 3 ? 2 * 86_400 : i % 2 == 0 ? 86_400 : 3_600);
            history.add(HistoryEntry.status(at, "cmd-" + i, skill.id(), SkillStatus.TODO, SkillStatus.DONE, false,
                    skill.title()));
            history.add(HistoryEntry.review(at, "cmd-" + i, skill.id(), "good", 0.9));
        }
        history.add(HistoryEntry.review(at.plusSeconds(60), "cmd-r", plan.get(0).id(), "again", 0.9));
        return new Progress(history);
    }

    static String page() {
        return HtmlReportRenderer.render(OverviewReport.of(GRAPH, history(), Instant.parse("2026-12-04T09:00:00Z"),
                ZoneId.of("Europe/Berlin"), 0.9, DayOfWeek.MONDAY));
    }

    @Test
    void reportOfTheFiveRoadmaps() throws Exception {
        String html = page();
        Golden.assertMatches("report.html", html);
        assertThat(HtmlReportRendererTest.select(HtmlReportRendererTest.parse(html), "//table[@class='matrix']").getLength())
                .isEqualTo(2);
    }
}
