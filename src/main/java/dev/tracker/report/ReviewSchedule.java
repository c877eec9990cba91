package dev.tracker.report;

import dev.tracker.fsrs.Card;
import dev.tracker.fsrs.Grade;
import dev.tracker.fsrs.Scheduler;
import dev.tracker.fsrs.SchedulerOptions;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.Progress;
import dev.tracker.state.Review;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every done skill's memory schedule: its card, replayed through FSRS from the reviews the
 * history holds (each with the retention it was made with). A done skill with no review yet
 * (done in the markdown, and no command has written the state since the tracker saw it) is
 * scheduled as if first seen now: it is never due before a write records it.
 */
public final class ReviewSchedule {
    /** A done skill and its card. {@code reviewed} is false for a skill no review or seen entry covers yet. */
    public record Scheduled(Skill skill, Card card, boolean reviewed) {
        public boolean dueAt(Instant now) {
            return reviewed && !card.due().isAfter(now);
        }

        /** Whole days past due (0 when due today or not yet due). */
        public long overdueDays(Instant now) {
            return card.due().isAfter(now) ? 0 : Duration.between(card.due(), now).toDays();
        }
    }

    /** @param due the skills due now, most overdue first; @param upcoming the others, soonest first */
    public record Result(List<Scheduled> due, List<Scheduled> upcoming) {
    }

    private ReviewSchedule() {
    }

    /** The card the reviews of one skill give; null when there are none. */
    public static Card cardOf(Progress progress, String skillId) {
        Card card = null;
        Map<Double, Scheduler> schedulers = new HashMap<>();
        for (Review review : progress.reviewsOf(skillId)) {
            Scheduler scheduler = schedulers.computeIfAbsent(review.retention(),
                    r -> new Scheduler(SchedulerOptions.DEFAULT.withDesiredRetention(r)));
            card = scheduler.next(card == null ? Card.NEW : card, Grade.fromLabel(review.grade()), review.at());
        }
        return card;
    }

    public static Result of(SkillGraph graph, Progress progress, Instant now, double retention) {
        List<Scheduled> due = new ArrayList<>();
        List<Scheduled> upcoming = new ArrayList<>();
        Scheduler firstSight = new Scheduler(SchedulerOptions.DEFAULT.withDesiredRetention(retention));
        for (Skill skill : graph.skills()) {
            if (progress.statusOf(skill) != SkillStatus.DONE) {
                continue;
            }
            Card card = cardOf(progress, skill.id());
            Scheduled scheduled = card != null ? new Scheduled(skill, card, true)
                    : new Scheduled(skill, firstSight.next(Card.NEW, Grade.GOOD, now), false);
            (scheduled.dueAt(now) ? due : upcoming).add(scheduled);
        }
        due.sort(Comparator.comparing((Scheduled s) -> s.card().due()).thenComparing(s -> s.skill().id()));
        upcoming.sort(Comparator.comparing((Scheduled s) -> s.card().due()).thenComparing(s -> s.skill().id()));
        return new Result(due, upcoming);
    }

    /** Done skills the state has no review of: the ones a write should record as seen. */
    public static List<Skill> unseen(SkillGraph graph, Progress progress) {
        List<Skill> unseen = new ArrayList<>();
        for (Skill skill : graph.skills()) {
            if (progress.statusOf(skill) == SkillStatus.DONE
                    && progress.reviewsOf(skill.id()).isEmpty()) {
                unseen.add(skill);
            }
        }
        return unseen;
    }
}
