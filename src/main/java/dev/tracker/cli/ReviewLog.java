package dev.tracker.cli;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.report.ReviewSchedule;
import dev.tracker.state.Progress;
import dev.tracker.state.ProgressEdit;
import java.time.Instant;

/** What every writing command adds to the review log besides its own change. */
final class ReviewLog {
    private ReviewLog() {
    }

    /**
     * Starts the schedule of every skill done in the markdown that the state has no review of:
     * the tracker "sees" it now, as a review graded good (the README says so).
     */
    static void recordSeen(ProgressEdit edit, SkillGraph graph, Progress progress, double retention, Instant now) {
        for (Skill skill : ReviewSchedule.unseen(graph, progress)) {
            edit.seen(skill.id(), retention, now);
        }
    }
}
