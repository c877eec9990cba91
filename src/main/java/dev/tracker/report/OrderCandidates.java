package dev.tracker.report;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.state.Progress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A roadmap's open skills in its own order. Leveled skills are taken by level: every topic's
 * L1 before any L2 (breadth-first, the default), or one topic's levels in turn (depth-first).
 * They stand where the roadmap's first leveled skill stands.
 */
final class OrderCandidates {
    private static final Pattern PERIOD = Pattern.compile("^(day|week|month|phase|quarter|sprint)\\s*\\d+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}]+");

    private OrderCandidates() {
    }

    static List<PlanReport.Candidate> of(SkillGraph graph, Progress progress, Roadmap roadmap, boolean depthFirst) {
        List<Topic> topics = Topic.of(graph, roadmap);
        Set<Skill> leveled = new HashSet<>();
        topics.forEach(t -> t.levels().values().forEach(leveled::addAll));
        List<PlanReport.Candidate> candidates = new ArrayList<>();
        boolean leveledAdded = false;
        for (Skill skill : roadmap.skills()) {
            if (leveled.contains(skill)) {
                if (!leveledAdded) {
                    candidates.addAll(depthFirst ? depthFirst(graph, progress, topics) : breadthFirst(graph, progress, topics));
                    leveledAdded = true;
                }
            } else if (PlanReport.isPlannable(graph, progress, skill)) {
                // the reason reads the roadmap's earlier periods: only for the skills the plan takes
                candidates.add(new PlanReport.Candidate(skill, () -> inOrderReason(graph, progress, roadmap, skill)));
            }
        }
        return candidates;
    }

    /**
     * The open skills of sections the roadmap marks complete: planned after all the others, each
     * such section named in a note (the mark may be stale, or the skills forgotten).
     */
    static List<PlanReport.Candidate> inCompleteSections(SkillGraph graph, Progress progress, Roadmap roadmap,
                                                         List<String> notes) {
        List<PlanReport.Candidate> candidates = new ArrayList<>();
        java.util.Map<Section, Integer> open = new java.util.LinkedHashMap<>();
        for (Skill skill : roadmap.skills()) {
            if (PlanReport.isOpen(progress, skill)) {
                Section complete = PlanReport.completeSection(graph, skill);
                if (complete != null) {
                    open.merge(complete, 1, Integer::sum);
                    candidates.add(new PlanReport.Candidate(skill,
                            "open, though " + complete.title() + " is marked complete"));
                }
            }
        }
        open.forEach((section, count) -> notes.add(roadmap.id() + ": " + section.title() + " is marked complete but has "
                + count + (count == 1 ? " open skill" : " open skills") + ", planned after the rest"));
        return candidates;
    }

    private static List<PlanReport.Candidate> breadthFirst(SkillGraph graph, Progress progress, List<Topic> topics) {
        List<PlanReport.Candidate> candidates = new ArrayList<>();
        List<Integer> levels = Topic.levelNumbers(topics);
        for (int i = 0; i < levels.size(); i++) {
            int level = levels.get(i);
            String rule = i + 1 < levels.size() ? "; L" + level + " comes before L" + levels.get(i + 1) : "";
            for (Topic topic : topics) {
                for (Skill skill : topic.levels().getOrDefault(level, List.of())) {
                    if (PlanReport.isPlannable(graph, progress, skill)) {
                        candidates.add(new PlanReport.Candidate(skill, "L" + level + " of " + topic.title() + " is open" + rule));
                    }
                }
            }
        }
        return candidates;
    }

    private static List<PlanReport.Candidate> depthFirst(SkillGraph graph, Progress progress, List<Topic> topics) {
        List<PlanReport.Candidate> candidates = new ArrayList<>();
        for (Topic topic : topics) {
            topic.levels().forEach((level, skills) -> {
                for (Skill skill : skills) {
                    if (PlanReport.isPlannable(graph, progress, skill)) {
                        candidates.add(new PlanReport.Candidate(skill,
                                "depth-first: finishing " + topic.title() + ", L" + level + " is open"));
                    }
                }
            });
        }
        return candidates;
    }

    /**
     * "Day 3 is the first day not complete" when every earlier day is, else "next in order: Day 5";
     * without days or weeks, "next open skill of <section>".
     */
    private static String inOrderReason(SkillGraph graph, Progress progress, Roadmap roadmap, Skill skill) {
        if (skill.sectionId() == null) {
            return "next open skill of " + roadmap.id();
        }
        List<Section> path = graph.sectionPath(skill.sectionId());
        for (Section section : path) {
            Matcher period = PERIOD.matcher(withoutLeadingSymbols(section.title()));
            if (period.find()) {
                return earlierPeriodsComplete(graph, progress, roadmap, section)
                        ? period.group() + " is the first " + period.group(1).toLowerCase() + " not complete"
                        : "next in order: " + period.group();
            }
        }
        return "next open skill of " + path.get(path.size() - 1).title();
    }

    /** The sibling days (weeks, …) before this one have every skill done or skipped. */
    private static boolean earlierPeriodsComplete(SkillGraph graph, Progress progress, Roadmap roadmap, Section period) {
        for (Section sibling : roadmap.sections()) {
            if (sibling == period) {
                return true;
            }
            if (java.util.Objects.equals(sibling.parentId(), period.parentId())
                    && PERIOD.matcher(withoutLeadingSymbols(sibling.title())).find()
                    && !Counts.of(graph.skillsUnder(sibling.id()), progress).complete()
                    && !graph.skillsUnder(sibling.id()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String withoutLeadingSymbols(String title) {
        return LEADING_SYMBOLS.matcher(title).replaceFirst("");
    }
}
