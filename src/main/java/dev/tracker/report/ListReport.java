package dev.tracker.report;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.state.Progress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A roadmap or section as a tree: its sections, each with the roll-up counts of everything below
 * it, and its skills, in the roadmap's order. A filter hides skills, and the sections left with
 * none of them, but never changes a count: "79 of 80" stays 79 of 80 while showing the one open.
 */
public final class ListReport {
    /** A line of the tree; depth 1 lies just below the tree's top. */
    public sealed interface Entry permits SectionEntry, SkillEntry {
        int depth();
    }

    public record SectionEntry(int depth, Section section, Counts counts) implements Entry {
    }

    public record SkillEntry(int depth, SkillView view) implements Entry {
    }

    /** One roadmap, or one section of it (section non-null), with the entries below it. */
    public record Tree(Roadmap roadmap, Section section, List<String> sectionPath, Counts counts, List<Entry> entries) {
        public Tree {
            sectionPath = List.copyOf(sectionPath);
            entries = List.copyOf(entries);
        }

        /** The skills shown, in order. */
        public List<SkillView> skills() {
            return entries.stream().filter(SkillEntry.class::isInstance).map(e -> ((SkillEntry) e).view()).toList();
        }
    }

    public record Result(ListFilter filter, List<Tree> trees) {
        public List<SkillView> skills() {
            return trees.stream().flatMap(t -> t.skills().stream()).toList();
        }
    }

    private final SkillGraph graph;
    private final Progress progress;
    private final ListFilter filter;
    private final Set<String> shown = new HashSet<>();
    private final Map<String, List<Section>> sectionsByParent = new HashMap<>();
    private final Map<String, List<Skill>> skillsByParent = new HashMap<>();

    private ListReport(SkillGraph graph, Progress progress, ListFilter filter) {
        this.graph = graph;
        this.progress = progress;
        this.filter = filter;
    }

    /** @param section a section of the roadmap to list, or null for all of it */
    public static Tree tree(SkillGraph graph, Progress progress, Roadmap roadmap, Section section, ListFilter filter) {
        return new ListReport(graph, progress, filter).build(roadmap, section);
    }

    /** Every roadmap given, as a tree; like a section, a roadmap left without a skill to show is left out. */
    public static Result of(SkillGraph graph, Progress progress, List<Roadmap> roadmaps, ListFilter filter) {
        return new Result(filter, roadmaps.stream().map(r -> tree(graph, progress, r, null, filter))
                .filter(tree -> !tree.entries().isEmpty()).toList());
    }

    private Tree build(Roadmap roadmap, Section top) {
        for (Section section : roadmap.sections()) {
            sectionsByParent.computeIfAbsent(section.parentId(), k -> new ArrayList<>()).add(section);
        }
        for (Skill skill : roadmap.skills()) {
            skillsByParent.computeIfAbsent(parentKey(skill), k -> new ArrayList<>()).add(skill);
            if (filter.accepts(skill, progress.statusOf(skill))) {
                shown.add(skill.id());
            }
        }
        List<Entry> entries = new ArrayList<>();
        addChildren(top == null ? null : top.id(), 1, entries);
        List<Skill> all = top == null ? roadmap.skills() : graph.skillsUnder(top.id());
        List<String> path = top == null ? List.of() : graph.sectionPath(top.id()).stream().map(Section::title).toList();
        return new Tree(roadmap, top, path, Counts.of(all, progress), entries);
    }

    /** The sections and skills directly below a section (null: the roadmap's top), by line. */
    private void addChildren(String sectionId, int depth, List<Entry> entries) {
        List<Object> children = new ArrayList<>(sectionsByParent.getOrDefault(sectionId, List.of()));
        children.addAll(skillsByParent.getOrDefault("section:" + sectionId, List.of()));
        children.sort(Comparator.comparingInt(c -> c instanceof Section ? ((Section) c).line() : ((Skill) c).line()));
        for (Object child : children) {
            if (child instanceof Section) {
                Section section = (Section) child;
                List<Skill> under = graph.skillsUnder(section.id());
                if (under.stream().anyMatch(s -> shown.contains(s.id()))) {
                    entries.add(new SectionEntry(depth, section, Counts.of(under, progress)));
                    addChildren(section.id(), depth + 1, entries);
                }
            } else {
                addSkill((Skill) child, depth, entries);
            }
        }
    }

    /** A skill, and the marked items nested under it; a parent is kept when a child is shown. */
    private void addSkill(Skill skill, int depth, List<Entry> entries) {
        List<Entry> nested = new ArrayList<>();
        for (Skill child : skillsByParent.getOrDefault("skill:" + skill.id(), List.of())) {
            addSkill(child, depth + 1, nested);
        }
        if (shown.contains(skill.id()) || !nested.isEmpty()) {
            entries.add(new SkillEntry(depth, SkillView.of(graph, progress, skill)));
            entries.addAll(nested);
        }
    }

    private static String parentKey(Skill skill) {
        return skill.parentSkillId() != null ? "skill:" + skill.parentSkillId() : "section:" + skill.sectionId();
    }
}
