package dev.tracker.cli;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.report.ReviewSchedule;
import dev.tracker.roadmap.RecallPrompts;
import dev.tracker.roadmap.RoadmapSource;
import dev.tracker.state.Note;
import dev.tracker.state.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cards of a review session: where each skill is, its text, the roadmap's prompts and the user's notes. */
final class ReviewCards {
    private ReviewCards() {
    }

    static List<dev.tracker.shell.ReviewSession.Card> of(SkillGraph graph, Progress progress, java.util.function.Function<Roadmap, Path> locationOf,
                                                         List<ReviewSchedule.Scheduled> due) {
        Map<String, String> texts = new HashMap<>();
        List<dev.tracker.shell.ReviewSession.Card> cards = new ArrayList<>();
        for (ReviewSchedule.Scheduled item : due) {
            Skill skill = item.skill();
            Roadmap roadmap = graph.roadmapOf(skill);
            List<String> header = new ArrayList<>();
            StringBuilder where = new StringBuilder(roadmap.title());
            if (skill.sectionId() != null) {
                for (Section section : graph.sectionPath(skill.sectionId())) {
                    where.append(" › ").append(section.title());
                }
            }
            header.add(where.toString());
            int reps = item.card().reps();
            int lapses = item.card().lapses();
            header.add((skill.level() > 0 ? "level L" + skill.level() + "; " : "") + "last recalled "
                    + item.card().lastReview().toString().substring(0, 10) + ", " + reps + (reps == 1 ? " review, " : " reviews, ")
                    + lapses + (lapses == 1 ? " lapse" : " lapses"));
            String text = texts.computeIfAbsent(roadmap.id(), id -> RoadmapSource.text(locationOf.apply(roadmap), roadmap));
            List<String> prompts = new ArrayList<>(text.isEmpty() ? List.of() : RecallPrompts.of(text, roadmap, skill));
            for (Note note : progress.notesOf(skill.id())) {
                prompts.add("your note of " + note.at().toString().substring(0, 10) + ": " + note.text());
            }
            cards.add(new dev.tracker.shell.ReviewSession.Card(skill.id(), header, skill.title(), prompts));
        }
        return cards;
    }
}
