package dev.tracker.cli;

import dev.tracker.fsrs.Card;
import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.JsonReviewRenderer;
import dev.tracker.render.TextReviewRenderer;
import dev.tracker.report.ReviewSchedule;
import dev.tracker.state.Progress;
import dev.tracker.state.ProgressEdit;
import dev.tracker.shell.ReviewSession;
import dev.tracker.state.StateStore;
import dev.tracker.shell.ReviewTerminal;
import java.time.Instant;
import java.util.List;

/** {@code tracker review}: spaced repetition (FSRS-6) of the skills you have done. */
public final class ReviewCommand extends ModelledCommand implements Runnable {
    private final Specs.Value<List<String>> query;
    private final Specs.Value<String> grade;
    private final Specs.Value<String> at;
    private final Specs.Value<Boolean> list;
    private final Specs.Value<Boolean> json;

    public ReviewCommand(TrackerContext context) {
        super(context, "review",
                new String[] {"Review what you learned, when memory needs it (FSRS-6 spaced repetition).",
                    "Every done skill has a schedule; `check` is its first review. With a QUERY and",
                    "--grade, records how well you recalled that skill and says when it is due next."},
                "  tracker review --list                        what is due, most overdue first",
                "  tracker review interfaces/l2/mocking --grade hard",
                "  tracker review mocking --grade good --at 2026-11-30",
                "  tracker review --list --json | jq -r '.due[].id'");
        query = Specs.words(spec, "0..*", "QUERY", "The skill you recalled: its id, the end of its id, or words.");
        grade = Specs.option(spec, String.class, "GRADE", "again, hard, good or easy (or 1-4).", "-g", "--grade");
        at = Specs.option(spec, String.class, "TIME",
                "Record the review at this time: yyyy-MM-dd or ISO-8601 with a zone.", "--at");
        list = Specs.flag(spec, "List the reviews due now and the next ones.", "--list");
        json = Specs.jsonFlag(spec);
    }

    @Override
    public void run() {
        double retention = workspace().settings().retention().value();
        if (!query.get().isEmpty()) {
            grade(retention);
            return;
        }
        if (grade.get() != null) {
            throw new TrackerException(ExitCode.USAGE, "--grade needs the skill you recalled: tracker review QUERY --grade "
                    + grade.get());
        }
        Instant now = context.clock().instant();
        Progress progress = progressForReading();
        ReviewSchedule.Result result = ReviewSchedule.of(graph(), progress, now, retention);
        TextReviewRenderer text = new TextReviewRenderer(context.width(), context.clock().getZone());
        if (!list.get() && !json.get() && root().interaction().personAtTerminal()) {
            if (result.due().isEmpty()) {
                print(text.nothingDue(result) + "\n");
                return;
            }
            List<ReviewSession.Card> cards = ReviewCards.of(graph(), progress, workspace()::locationOf, result.due());
            StateStore store = workspace().store();
            String first = result.due().get(0).skill().id();
            // a grade done in memory and thrown away while the first card is read: the first key then answers as fast as the rest
            Thread rehearsal = new Thread(() -> {
                Progress graded = progress.edit(now).review(first, "good", retention, now).done();
                store.rehearseWrite(graded);
                ReviewSchedule.cardOf(graded, first);
            }, "rehearse-grade");
            rehearsal.setDaemon(true);
            rehearsal.start();
            if (ReviewTerminal.run(cards, new SessionGrader(this, retention))) {
                return;
            }
        }
        print(json.get() ? JsonReviewRenderer.list(result, now)
                : new TextReviewRenderer(context.width(), context.clock().getZone()).list(result, now));
    }

    /** Records one grade for one skill (the session's way in); the card after it. */
    Card gradeOne(Skill skill, String given, double retention) {
        Progress after = workspace().store().update(progress -> {
            Instant now = context.clock().instant();
            return progress.edit(now).review(skill.id(), given, retention, now).done();
        });
        return ReviewSchedule.cardOf(after, skill.id());
    }

    private void grade(double retention) {
        if (grade.get() == null) {
            throw new TrackerException(ExitCode.USAGE, "say how well you recalled it: --grade again, hard, good or easy");
        }
        String given = ChangeTime.grade(grade.get());
        Instant when = at.get() == null ? null : ChangeTime.of(at.get(), context);
        SkillGraph graph = graph();
        List<Skill> skills = SkillQueries.resolve(graph, query.get(), context.width(), root().interaction().picker());
        Progress after = workspace().store().update(progress -> {
            for (Skill skill : skills) {
                if (progress.statusOf(skill) != SkillStatus.DONE) {
                    throw new TrackerException(ExitCode.FAILURE, skill.id() + " is " + progress.statusOf(skill).label()
                            + ", not done: only what you learned is reviewed (`tracker check` it first); nothing was changed");
                }
                Card last = when == null ? null : ReviewSchedule.cardOf(progress, skill.id());
                if (last != null && when.isBefore(last.lastReview())) {
                    // replayed in time order, an earlier review would slip in before the ones it followed
                    throw new TrackerException(ExitCode.USAGE, "--at " + at.get() + " is before " + skill.id()
                            + "'s last review (" + last.lastReview() + "); a review is recorded after the one before it; nothing was changed");
                }
            }
            Instant now = context.clock().instant();
            ProgressEdit edit = progress.edit(now);
            ReviewLog.recordSeen(edit, graph, progress, retention, now);
            for (Skill skill : skills) {
                edit.review(skill.id(), given, retention, when == null || when.isAfter(now) ? now : when);
            }
            return edit.done();
        });
        if (json.get()) {
            print(JsonReviewRenderer.graded(skills.stream()
                    .map(skill -> new JsonReviewRenderer.Graded(skill.id(), given, ReviewSchedule.cardOf(after, skill.id()))).toList()));
            return;
        }
        TextReviewRenderer text = new TextReviewRenderer(context.width(), context.clock().getZone());
        StringBuilder out = new StringBuilder();
        for (Skill skill : skills) {
            Card card = ReviewSchedule.cardOf(after, skill.id());
            out.append(text.graded(skill.id(), given, card, context.clock().instant()));
        }
        print(out.toString());
    }
}
