package dev.tracker.cli;

import static dev.tracker.testing.FixtureRoadmaps.CONTROL_FLOW;
import static dev.tracker.testing.FixtureRoadmaps.DEFINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.SkillGraph;
import dev.tracker.report.ReviewSchedule;
import dev.tracker.roadmap.RoadmapLoader;
import dev.tracker.shell.ReviewSession;
import dev.tracker.state.StateStore;
import dev.tracker.testing.FixtureRoadmaps;
import dev.tracker.testing.TrackerRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review session's cards: when each was last recalled, and the user's notes after the roadmap's recall prompts. */
class ReviewCardsTest {
    @TempDir
    Path tmp;

    @Test
    void aDueCardCarriesTheSkillsNotesAfterItsPrompts() {
        TrackerRunner tracker = FixtureRoadmaps.both(tmp);
        tracker.ok("check", DEFINE);
        tracker.ok("check", CONTROL_FLOW, "--grade", "easy");
        tracker.ok("note", DEFINE, "used", "gomock", "in", "the", "shop");
        SkillGraph graph = new SkillGraph(RoadmapLoader.read(tracker.roadmapsDir()).roadmaps());
        var progress = new StateStore(tracker.stateFile()).load();
        List<ReviewSchedule.Scheduled> due = ReviewSchedule.of(graph, progress, Instant.parse("2027-06-01T00:00:00Z"), 0.9)
                .due().stream().filter(s -> s.skill().id().equals(DEFINE) || s.skill().id().equals(CONTROL_FLOW)).toList();

        List<ReviewSession.Card> cards = ReviewCards.of(graph, progress, roadmap -> tracker.roadmapsDir().resolve(roadmap.file()), due);

        assertThat(cards).hasSize(2).allSatisfy(card -> assertThat(card.header()).as("every card says when it was last recalled")
                .anyMatch(line -> line.endsWith("last recalled 2026-11-21, 1 review, 0 lapses")));
        ReviewSession.Card define = cards.stream().filter(card -> card.id().equals(DEFINE)).findFirst().orElseThrow();
        assertThat(define.prompts()).last().isEqualTo("your note of 2026-11-21: used gomock in the shop");
        assertThat(define.header()).contains("level L1; last recalled 2026-11-21, 1 review, 0 lapses");
        ReviewSession.Card unlevelled = cards.stream().filter(card -> card.id().equals(CONTROL_FLOW)).findFirst().orElseThrow();
        assertThat(unlevelled.header()).contains("last recalled 2026-11-21, 1 review, 0 lapses");
    }
}
