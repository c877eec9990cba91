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

    /**
     * A state entry whose skill is no longer in the roadmaps; {@code successor} is null when there
     * is no good guess; {@code absentRoadmap} names its roadmap when no roadmap of that id is loaded
     * (another folder's, or a file since renamed), else null.
     */
    public record Orphan(String id, SkillState state, Successor successor, String absentRoadmap) {
        /** An entry of a roadmap that is not loaded and that no skill here took over: shown grouped by roadmap. */
        public boolean elsewhere() {
            return absentRoadmap != null && successor == null;
        }
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
                String roadmap = entry.getKey().contains("/") ? entry.getKey().substring(0, entry.getKey().indexOf('/')) : entry.getKey();
                boolean loaded = graph.roadmaps().stream().anyMatch(r -> r.id().equals(roadmap));
                orphans.add(new Orphan(entry.getKey(), entry.getValue(), successor, loaded ? null : roadmap));
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
