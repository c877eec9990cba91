package dev.tracker.report;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.Note;
import dev.tracker.state.Progress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a mentor needs to know of the learner, for `tracker context`: per roadmap its own rules
 * (its preamble), what is done (grouped by topic and level), what is in progress and the gaps
 * per topic (from {@link GapsReport}); then the next items (from {@link PlanReport}), the
 * reviews due ({@link ReviewSchedule}) and the notes. A ROADMAP or TOPIC narrows all of it.
 */
public final class ContextReport {
    /** How many next items a context holds. */
    public static final int NEXT_COUNT = PlanReport.DEFAULT_COUNT;

    /** A done skill and the group it is listed under: its topic (else its section path) and level. */
    public record Known(String group, int level, Skill skill) {
    }

    /** @param rules the roadmap's preamble ("" when it has none, or when it was left out) */
    public record RoadmapPart(Roadmap roadmap, String rules, Counts counts, List<Known> known, List<SkillView> inProgress,
                              List<GapsReport.TopicGaps> gaps) {
        public RoadmapPart {
            known = List.copyOf(known);
            inProgress = List.copyOf(inProgress);
            gaps = List.copyOf(gaps);
        }
    }

    /** A note with the number `tracker note` gives it. */
    public record Noted(Skill skill, int n, Note note) {
    }

    /**
     * @param scope    the ROADMAP or TOPIC id asked for, or null for every roadmap
     * @param omitted  what {@link ContextTrim} left out to fit a budget: count per part, in the order trimmed
     */
    public record Result(String scope, Instant at, List<RoadmapPart> roadmaps, List<PlanReport.Item> next,
                         List<ReviewSchedule.Scheduled> due, List<Noted> notes, Map<String, Integer> omitted) {
        public Result {
            roadmaps = List.copyOf(roadmaps);
            next = List.copyOf(next);
            due = List.copyOf(due);
            notes = List.copyOf(notes);
            omitted = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(omitted));
        }
    }

    private ContextReport() {
    }

    /**
     * The context of these roadmaps, or of one topic of the one roadmap given ({@code topic} not null).
     * {@code scope} is what was asked for (a roadmap's or topic's id), or null for every roadmap.
     */
    public static Result of(SkillGraph graph, Progress progress, List<Roadmap> roadmaps, Topic topic, String scope,
                            Instant now, double retention) {
        Set<Skill> inScope = new HashSet<>();
        List<RoadmapPart> parts = new ArrayList<>();
        for (Roadmap roadmap : roadmaps) {
            List<Topic> topics = topic != null ? List.of(topic) : Topic.of(graph, roadmap);
            List<Skill> skills = topic != null ? topic.levels().values().stream().flatMap(List::stream).toList()
                    : roadmap.skills();
            inScope.addAll(skills);
            parts.add(part(graph, progress, roadmap, topics, skills));
        }
        List<ReviewSchedule.Scheduled> due = ReviewSchedule.of(graph, progress, now, retention).due().stream()
                .filter(s -> inScope.contains(s.skill())).toList();
        // a topic's items may come late in its roadmap's plan (every L1 before any L2): plan the whole roadmap
        int asked = topic == null ? NEXT_COUNT : roadmaps.get(0).skills().size();
        List<PlanReport.Item> next = PlanReport.of(graph, progress, roadmaps, asked, false, List.of(), 0, now).items()
                .stream().filter(item -> inScope.contains(item.skill())).limit(NEXT_COUNT).toList();
        if (topic != null && next.isEmpty()) {
            next = frontierOf(topic, progress); // the plan reaches this topic's level only later: its frontier instead
        }
        List<Noted> notes = new ArrayList<>();
        for (Roadmap roadmap : roadmaps) {
            for (Skill skill : roadmap.skills()) {
                List<Note> kept = inScope.contains(skill) ? progress.notesOf(skill.id()) : List.of();
                for (int i = 0; i < kept.size(); i++) {
                    notes.add(new Noted(skill, i + 1, kept.get(i)));
                }
            }
        }
        return new Result(scope, now, parts, next, due, notes, Map.of());
    }

    private static RoadmapPart part(SkillGraph graph, Progress progress, Roadmap roadmap, List<Topic> topics,
                                    List<Skill> skills) {
        Map<String, Known> groups = new HashMap<>();
        for (Topic t : topics) {
            t.levels().forEach((level, members) -> members.forEach(s -> groups.put(s.id(), new Known(t.title(), level, s))));
        }
        List<Known> known = new ArrayList<>();
        List<SkillView> inProgress = new ArrayList<>();
        for (Skill skill : skills) {
            SkillStatus status = progress.statusOf(skill);
            if (status == SkillStatus.DONE) {
                Known grouped = groups.get(skill.id());
                known.add(grouped != null ? grouped : new Known(sectionPath(graph, roadmap, skill), skill.level(), skill));
            } else if (status == SkillStatus.IN_PROGRESS) {
                inProgress.add(SkillView.of(graph, progress, skill));
            }
        }
        List<GapsReport.TopicGaps> gaps = topics.stream().map(t -> GapsReport.topicGaps(t, progress))
                .filter(g -> g.frontier() != 0).toList();
        return new RoadmapPart(roadmap, roadmap.preamble(), Counts.of(skills, progress), known, inProgress, gaps);
    }

    private static List<PlanReport.Item> frontierOf(Topic topic, Progress progress) {
        GapsReport.TopicGaps gaps = GapsReport.topicGaps(topic, progress);
        if (gaps.frontier() == 0) {
            return List.of();
        }
        String reason = "L" + gaps.frontier() + " is the frontier of " + topic.title();
        return gaps.missing().get(gaps.frontier()).stream().limit(NEXT_COUNT)
                .map(skill -> new PlanReport.Item(skill, progress.statusOf(skill), reason, null)).toList();
    }

    /** "Quarter 1 › Week 1-4": a skill outside any topic is listed under its sections (else its roadmap's title). */
    private static String sectionPath(SkillGraph graph, Roadmap roadmap, Skill skill) {
        if (skill.sectionId() == null) {
            return roadmap.title();
        }
        List<String> titles = graph.sectionPath(skill.sectionId()).stream().map(Section::title).toList();
        return String.join(" › ", titles);
    }
}
