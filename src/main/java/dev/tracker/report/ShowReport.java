package dev.tracker.report;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.state.HistoryEntry;
import dev.tracker.state.Progress;

/** One skill in full: what the list shows, plus where it comes from and when it last changed. */
public final class ShowReport {
    /**
     * @param view       the skill, its status and its sections
     * @param roadmap    the roadmap it is in
     * @param lastChange the latest history entry for it, or null; it outlives the state entry
     *                   when a change went back to the markdown's own mark
     * @param notes      the user's notes on it, oldest first (numbered from 1 as `tracker note` lists them)
     */
    public record SkillDetail(SkillView view, Roadmap roadmap, HistoryEntry lastChange, dev.tracker.fsrs.Card review,
                              java.util.List<dev.tracker.state.Note> notes) {
        public Skill skill() {
            return view.skill();
        }
    }

    private ShowReport() {
    }

    public static SkillDetail skill(SkillGraph graph, Progress progress, Skill skill) {
        HistoryEntry last = null;
        for (HistoryEntry entry : progress.history()) {
            if (entry.id().equals(skill.id()) && entry.changesStatus()) {
                last = entry;
            }
        }
        // a schedule only while the skill is done (an unchecked skill keeps its reviews, unshown)
        dev.tracker.fsrs.Card review = progress.statusOf(skill) == dev.tracker.graph.SkillStatus.DONE
                ? ReviewSchedule.cardOf(progress, skill.id()) : null;
        return new SkillDetail(SkillView.of(graph, progress, skill), graph.roadmapOf(skill), last, review,
                progress.notesOf(skill.id()));
    }
}
