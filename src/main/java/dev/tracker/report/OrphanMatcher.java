package dev.tracker.report;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.Slug;
import dev.tracker.state.SkillState;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Guesses which skill a state entry became after its roadmap was edited: the skill whose
 * title shares the most words with the title the entry remembers, with a bonus for the same
 * roadmap and the same last id part. A guess below the threshold is no guess. A skill with the
 * same title at the same place in a roadmap of another name is the same skill of a renamed
 * file: 100%.
 */
final class OrphanMatcher {
    static final double THRESHOLD = 0.5;

    private OrphanMatcher() {
    }

    /** The best candidate and its score in [0, 1], or null when none reaches the threshold or two tie. */
    static DoctorReport.Successor successor(SkillGraph graph, String orphanId, SkillState state, Set<String> taken) {
        Set<String> remembered = new HashSet<>(Slug.words(state.title()));
        String roadmap = orphanId.contains("/") ? orphanId.substring(0, orphanId.indexOf('/')) : "";
        String lastPart = orphanId.substring(orphanId.lastIndexOf('/') + 1);
        Skill best = null;
        double bestScore = 0;
        boolean tie = false;
        String below = orphanId.substring(roadmap.length());
        boolean roadmapGone = graph.roadmaps().stream().noneMatch(r -> r.id().equals(roadmap));
        for (Skill skill : graph.skills()) {
            if (taken.contains(skill.id())) {
                continue;
            }
            boolean renamed = roadmapGone && !below.isEmpty() && skill.id().equals(skill.roadmapId() + below)
                    && skill.title().equals(state.title());
            double score = renamed ? 1.0 : 0.8 * similarity(remembered, Slug.words(skill.title()))
                    + (skill.roadmapId().equals(roadmap) ? 0.1 : 0)
                    + (skill.id().endsWith("/" + lastPart) ? 0.1 : 0);
            if (score > bestScore + 1e-9) {
                best = skill;
                bestScore = score;
                tie = false;
            } else if (Math.abs(score - bestScore) <= 1e-9) {
                tie = true;
            }
        }
        return best == null || tie || bestScore < THRESHOLD ? null : new DoctorReport.Successor(best, bestScore);
    }

    /** Jaccard similarity of two word sets: shared words over all words. */
    private static double similarity(Set<String> a, List<String> bWords) {
        Set<String> b = new HashSet<>(bWords);
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / union.size();
    }
}
