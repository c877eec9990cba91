package dev.tracker.render;

import dev.tracker.fsrs.Card;
import dev.tracker.report.ReviewSchedule;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** `review --list` and a graded review as text. */
public final class TextReviewRenderer {
    /** The upcoming reviews listed after the due ones. */
    private static final int UPCOMING_SHOWN = 5;

    private final int width;
    private final DateTimeFormatter day;

    public TextReviewRenderer(int width, ZoneId zone) {
        this.width = width;
        this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
    }

    /** The due reviews, most overdue first, then the next few; one line when none is due. */
    public String list(ReviewSchedule.Result result, Instant now) {
        StringBuilder out = new StringBuilder();
        if (result.due().isEmpty()) {
            out.append(Text.cut(nothingDue(result), width)).append('\n');
        } else {
            out.append(result.due().size()).append(result.due().size() == 1 ? " review due" : " reviews due").append('\n');
            for (ReviewSchedule.Scheduled item : result.due()) {
                long overdue = item.overdueDays(now);
                out.append(Text.cut("  " + item.skill().id() + (overdue > 0 ? "  (" + overdue + "d overdue)" : ""), width))
                        .append('\n');
            }
        }
        List<ReviewSchedule.Scheduled> next = result.upcoming().stream().filter(ReviewSchedule.Scheduled::reviewed)
                .limit(UPCOMING_SHOWN).toList();
        if (!next.isEmpty() && !result.due().isEmpty()) {
            out.append("next:\n");
            for (ReviewSchedule.Scheduled item : next) {
                out.append(Text.cut("  " + day.format(item.card().due()) + "  " + item.skill().id(), width)).append('\n');
            }
        }
        return out.toString();
    }

    /** "no review due; the next is on 2026-12-06 (…/mocking)", or that nothing is scheduled yet. */
    public String nothingDue(ReviewSchedule.Result result) {
        return result.upcoming().stream().filter(ReviewSchedule.Scheduled::reviewed).findFirst()
                .map(first -> "no review due; the next is on " + day.format(first.card().due()) + " (" + first.skill().id() + ")")
                .orElse("no review scheduled yet: `tracker check SKILL` schedules the skills you learn");
    }

    /** "reviewed …/mocking: good; next review 2026-12-06 (in 3 days)". */
    public String graded(String id, String grade, Card card, Instant now) {
        long days = java.time.Duration.between(now, card.due()).toDays();
        // a review recorded in the past (--at) can be due again already
        String when = !card.due().isAfter(now) ? " (due now)" : " (in " + days + (days == 1 ? " day)" : " days)");
        return Text.cut("reviewed " + id + ": " + grade + "; next review " + day.format(card.due()) + when, width) + "\n";
    }
}
