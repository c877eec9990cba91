package dev.tracker.report;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.state.Progress;
import dev.tracker.state.SkillState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What `tracker doctor` finds in the state: entries whose skill left the roadmaps, and what each likely became. */
public final class DoctorReport {
    /** A skill an orphaned entry most likely became, and how sure the guess is (0 to 1). */
    public record Successor(Skill skill, double score) {
    }

    /** A state entry whose skill is no longer in the roadmaps; {@code successor} is null when there is no good guess. */
    public record Orphan(String id, SkillState state, Successor successor) {
    }

    /** @param historyOnly ids that appear in the history but in no roadmap and in no state entry (harmless) */
    public record Result(int stateEntries, int historyEntries, List<Orphan> orphans, int historyOnly) {
        public boolean healthy() {
            return orphans.isEmpty();
        }
    }

    private DoctorReport() {
    }

    public static Result of(SkillGraph graph, Progress progress) {
        Set<String> taken = new HashSet<>(progress.skills().keySet());
        List<Orphan> orphans = new ArrayList<>();
        for (Map.Entry<String, SkillState> entry : progress.skills().entrySet()) {
            if (graph.skill(entry.getKey()).isEmpty()) {
                Successor successor = OrphanMatcher.successor(graph, entry.getKey(), entry.getValue(), taken);
                if (successor != null) {
                    taken.add(successor.skill().id());
                }
                orphans.add(new Orphan(entry.getKey(), entry.getValue(), successor));
            }
        }
        // the surest guesses first: a renamed file's entries (100%) lead what doctor offers
        orphans.sort(java.util.Comparator.comparingDouble(o -> o.successor() == null ? -1 : -o.successor().score()));
        Set<String> historyOnly = new HashSet<>();
        progress.history().forEach(h -> {
            if (graph.skill(h.id()).isEmpty() && !progress.skills().containsKey(h.id())) {
                historyOnly.add(h.id());
            }
        });
        return new Result(progress.skills().size(), progress.history().size(), orphans, historyOnly.size());
    }
}
