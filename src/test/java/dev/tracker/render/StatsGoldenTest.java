package dev.tracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.report.StatsReport;
import dev.tracker.roadmap.RoadmapLoader;
import dev.tracker.state.HistoryEntry;
import dev.tracker.state.Progress;
import dev.tracker.testing.Golden;
import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `tracker stats` on the frozen five roadmaps, at a fixed date, zone and width, against golden files. */
class StatsGoldenTest {
    private static final SkillGraph GRAPH = new SkillGraph(RoadmapLoader.load(TrackerRunner.fixtureRoadmaps()));
    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** Two and a half weeks on the 14-day plan, a skill a command, most evenings; a recall forgotten. */
    private static Progress history() {
        List<Skill> plan = GRAPH.findRoadmap("senior-go-14-day-plan").orElseThrow().skills();
        List<HistoryEntry> history = new ArrayList<>();
        Instant at = Instant.parse("2026-11-14T18:30:00Z");
        for (int i = 0; i < 18; i++) {
            Skill skill = plan.get(i);
            at = at.plusSeconds(i % 4 == 3 ? 2 * 86_400 : i % 2 == 0 ? 86_400 : 3_600);
            history.add(HistoryEntry.status(at, "cmd-" + i, skill.id(), SkillStatus.TODO, SkillStatus.DONE, false,
                    skill.title()));
            history.add(HistoryEntry.review(at, "cmd-" + i, skill.id(), "good", 0.9)); // as `check` records it
        }
        history.add(HistoryEntry.review(at.plusSeconds(60), "cmd-r", plan.get(0).id(), "again", 0.9));
        return new Progress(history);
    }

    private static String render(int width) {
        StatsReport report = StatsReport.of(GRAPH, history(), GRAPH.roadmaps(), NOW, ZONE, 0.9, DayOfWeek.MONDAY);
        return new TextStatsRenderer(width).render(report, TextHeatmap.weeksFor(width));
    }

    @Test
    void statsAt80Columns() throws IOException {
        String text = render(80);
        Golden.assertMatches("stats.txt", text);
        assertThat(text.lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(80));
    }

    @Test
    void statsAt50Columns() throws IOException {
        String text = render(50);
        Golden.assertMatches("stats-50.txt", text);
        assertThat(text.lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(50));
    }
}
