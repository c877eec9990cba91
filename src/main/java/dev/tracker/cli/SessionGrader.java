package dev.tracker.cli;

import dev.tracker.fsrs.Card;
import dev.tracker.graph.Skill;
import dev.tracker.render.TextReviewRenderer;
import dev.tracker.report.ReviewSchedule;
import dev.tracker.shell.ReviewSession;
import dev.tracker.state.EntryKind;
import dev.tracker.state.HistoryEntry;
import dev.tracker.state.Progress;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The review session's grades: each one a locked write, as `review QUERY --grade` makes it; undo only of this session's. */
final class SessionGrader implements ReviewSession.Grader {
    private final ReviewCommand command;
    private final double retention;
    private final Deque<String> graded = new ArrayDeque<>();

    SessionGrader(ReviewCommand command, double retention) {
        this.command = command;
        this.retention = retention;
    }

    @Override
    public String grade(String id, String grade) {
        Skill skill = command.graph().skill(id).orElseThrow();
        Card card = command.gradeOne(skill, grade, retention);
        graded.push(id);
        Instant now = command.context.clock().instant();
        long days = Math.max(0, java.time.Duration.between(now, card.due()).toDays());
        return "next review " + card.due().toString().substring(0, 10) + " (in " + days + (days == 1 ? " day)" : " days)");
    }

    @Override
    public String undo() {
        if (graded.isEmpty()) {
            return null;
        }
        String id = graded.peek();
        boolean[] undone = {false};
        command.workspace().store().update(progress -> {
            List<HistoryEntry> last = progress.lastCommand().orElse(List.of());
            // only a grade of this session's skill: another tracker's change since is not ours to take back
            undone[0] = last.size() == 1 && last.get(0).kind() == EntryKind.REVIEW && last.get(0).id().equals(id);
            Instant now = command.context.clock().instant();
            return undone[0] ? progress.edit(now).undo(last, now).done() : progress;
        });
        if (!undone[0]) {
            return null;
        }
        return graded.pop();
    }

    @Override
    public String nextDue() {
        Progress progress = command.workspace().store().load();
        ReviewSchedule.Result result = ReviewSchedule.of(command.graph(), progress, command.context.clock().instant(), retention);
        return result.due().isEmpty() ? new TextReviewRenderer(1000, command.context.clock().getZone()).nothingDue(result)
                : result.due().size() + " still due";
    }
}
