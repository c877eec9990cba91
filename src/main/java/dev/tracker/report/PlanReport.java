package dev.tracker.report;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.Progress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Today's study plan: skills in progress first, then what the roadmaps' own focus hints
 * point at, then each roadmap's next open skills in its order (honouring levels), taken in
 * turn from every roadmap so that the plan draws from all of them.
 */
public final class PlanReport {
    public static final int DEFAULT_COUNT = 5;

    /** Lapses after which `next` suggests learning a skill again rather than only reviewing it. */
    static final int RELEARN_LAPSES = 3;

    /**
     * @param kind   {@code learn} (a skill to study) or {@code review} (a done skill due for recall)
     * @param reason why it was chosen, in a few words
     * @param hours  the time the plan gives for its part ("Morning, 6 hours"), or null
     */
    public record Item(String kind, Skill skill, SkillStatus status, String reason, String hours) {
        public Item(Skill skill, SkillStatus status, String reason, String hours) {
            this("learn", skill, status, reason, hours);
        }
    }

    /** The reviews a plan of {@code count} items takes by default: two in five, at least one. */
    public static int defaultReviews(int count) {
        return Math.max(1, count * 2 / 5);
    }

    /** @param notes one line each about roadmaps with nothing to plan ("… is complete") */
    public record Result(List<Item> items, List<String> notes) {
    }

    private PlanReport() {
    }

    public static Result of(SkillGraph graph, Progress progress, List<Roadmap> roadmaps, int count, boolean depthFirst) {
        return of(graph, progress, roadmaps, count, depthFirst, List.of(), 0, null);
    }

    /**
     * The plan with due reviews first: at most {@code reviews} of {@code due} (most overdue first),
     * then the skills to learn.
     */
    public static Result of(SkillGraph graph, Progress progress, List<Roadmap> roadmaps, int count, boolean depthFirst,
                            List<ReviewSchedule.Scheduled> due, int reviews, Instant now) {
        List<Item> items = new ArrayList<>();
        Set<Skill> chosen = new LinkedHashSet<>();
        Set<String> inScope = new java.util.HashSet<>();
        roadmaps.forEach(r -> inScope.add(r.id()));
        for (ReviewSchedule.Scheduled review : due) {
            if (items.size() < Math.min(reviews, count) && inScope.contains(review.skill().roadmapId())
                    && chosen.add(review.skill())) {
                items.add(new Item("review", review.skill(), SkillStatus.DONE, reviewReason(review, now),
                        PlanHours.of(graph, review.skill())));
            }
        }
        for (Roadmap roadmap : roadmaps) {
            for (Skill skill : roadmap.skills()) {
                if (items.size() < count && progress.statusOf(skill) == SkillStatus.IN_PROGRESS && chosen.add(skill)) {
                    items.add(new Item(skill, SkillStatus.IN_PROGRESS, "you started it", PlanHours.of(graph, skill)));
                }
            }
        }
        List<String> notes = new ArrayList<>();
        List<List<Candidate>> queues = new ArrayList<>();
        for (Roadmap roadmap : roadmaps) {
            if (Counts.of(roadmap.skills(), progress).complete()) {
                notes.add(roadmap.id() + " is complete");
                continue;
            }
            List<Candidate> queue = new ArrayList<>(FocusCandidates.of(graph, progress, roadmap));
            queue.addAll(OrderCandidates.of(graph, progress, roadmap, depthFirst));
            queue.addAll(OrderCandidates.inCompleteSections(graph, progress, roadmap, notes));
            queues.add(queue);
        }
        int[] next = new int[queues.size()];
        for (boolean progressed = true; items.size() < count && progressed; ) {
            progressed = false;
            for (int q = 0; q < queues.size() && items.size() < count; q++) {
                List<Candidate> queue = queues.get(q);
                while (next[q] < queue.size() && !chosen.add(queue.get(next[q]).skill())) {
                    next[q]++;
                }
                if (next[q] < queue.size()) {
                    Candidate candidate = queue.get(next[q]++);
                    items.add(new Item(candidate.skill(), progress.statusOf(candidate.skill()), candidate.reason(),
                            PlanHours.of(graph, candidate.skill())));
                    progressed = true;
                }
            }
        }
        return new Result(items, notes);
    }

    /** "review: last recalled 12 days ago", or, after repeated lapses, a word to learn it again. */
    private static String reviewReason(ReviewSchedule.Scheduled review, Instant now) {
        long days = java.time.Duration.between(review.card().lastReview(), now).toDays();
        String when = days == 0 ? "today" : days == 1 ? "1 day ago" : days + " days ago";
        if (review.card().lapses() >= RELEARN_LAPSES) {
            return "relearn it: forgotten " + review.card().lapses() + " times; last recalled " + when;
        }
        return "review: last recalled " + when;
    }

    /** A skill a roadmap proposes, and why: worked out only for the few the plan takes. */
    record Candidate(Skill skill, Supplier<String> why) {
        Candidate(Skill skill, String reason) {
            this(skill, () -> reason);
        }

        String reason() {
            return why.get();
        }
    }

    /** Neither done nor skipped, and not in a section the roadmap itself marks complete. */
    static boolean isPlannable(SkillGraph graph, Progress progress, Skill skill) {
        return isOpen(progress, skill) && completeSection(graph, skill) == null;
    }

    static boolean isOpen(Progress progress, Skill skill) {
        SkillStatus status = progress.statusOf(skill);
        return status != SkillStatus.DONE && status != SkillStatus.SKIPPED;
    }

    /** The outermost section holding the skill that the roadmap marks complete, or null. */
    static Section completeSection(SkillGraph graph, Skill skill) {
        Section complete = null;
        // a plain walk up the sections: this runs for every skill of every roadmap on each `next`
        for (String id = skill.sectionId(); id != null; id = graph.section(id).parentId()) {
            if (graph.section(id).complete()) {
                complete = graph.section(id);
            }
        }
        return complete;
    }
}
