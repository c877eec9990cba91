package dev.tracker.report;

import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.Progress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a check, uncheck, start or skip changed, and what it means for the enclosing sections. */
public final class ChangeReport {
    /**
     * @param skill      the skill the user named
     * @param from       its status before
     * @param to         its status now (equal to {@code from} when nothing had to change)
     * @param section    its innermost section (a level, for leveled roadmaps), or null
     * @param parentSection the section holding that one (the topic of a level), or null
     * @param counts     that section's counts now, or the roadmap's when it has none
     * @param completed  sections (innermost first) and, last, the roadmap title, that the command completed;
     *                   each is announced once, with the first change of the command that lies in it
     */
    public record Change(Skill skill, SkillStatus from, SkillStatus to, Section section, Section parentSection,
                         Counts counts,
                         List<String> completed) {
        public boolean changed() {
            return from != to;
        }
    }

    private ChangeReport() {
    }

    public static List<Change> of(SkillGraph graph, Progress before, Progress after, List<Skill> skills) {
        List<Change> changes = new ArrayList<>();
        Set<String> announced = new HashSet<>();
        for (Skill skill : skills) {
            Section section = skill.sectionId() == null ? null : graph.section(skill.sectionId());
            List<Skill> group = section == null ? graph.roadmapOf(skill).skills() : graph.skillsUnder(section.id());
            List<String> completed = new ArrayList<>();
            for (Section s = section; s != null; s = s.parentId() == null ? null : graph.section(s.parentId())) {
                if (becameComplete(graph.skillsUnder(s.id()), before, after) && announced.add(s.id())) {
                    completed.add(s.title());
                }
            }
            if (becameComplete(graph.roadmapOf(skill).skills(), before, after) && announced.add(skill.roadmapId())) {
                completed.add(graph.roadmapOf(skill).title());
            }
            Section parent = section == null || section.parentId() == null ? null : graph.section(section.parentId());
            changes.add(new Change(skill, before.statusOf(skill), after.statusOf(skill), section, parent,
                    Counts.of(group, after), completed));
        }
        return changes;
    }

    private static boolean becameComplete(List<Skill> skills, Progress before, Progress after) {
        return Counts.of(skills, after).complete() && !Counts.of(skills, before).complete();
    }
}
