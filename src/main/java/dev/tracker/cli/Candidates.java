package dev.tracker.cli;

import dev.tracker.graph.Section;
import dev.tracker.graph.ShortIds;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.render.Text;
import dev.tracker.shell.Choice;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines under an ambiguity error: the best candidates first, each by the unique end of its
 * id (as `next` shows them, and every command accepts them) and its title cut to the width.
 * The id is never cut: on a terminal too narrow for it, the title gives way.
 */
final class Candidates {
    static final int SHOWN = 10;

    private Candidates() {
    }

    /** Skills as candidates: their ids' unique ends among the graph's skills. */
    static List<Choice> ofSkills(SkillGraph graph, List<Skill> skills) {
        ShortIds shortIds = new ShortIds(graph);
        return skills.stream().map(s -> new Choice(shortIds.of(s), s.title())).toList();
    }

    /** Sections as candidates: their ids' unique ends among the graph's sections. */
    static List<Choice> ofSections(SkillGraph graph, List<Section> sections) {
        ShortIds shortIds = ShortIds.ofSections(graph);
        return sections.stream().map(s -> new Choice(shortIds.of(s.id()), s.title())).toList();
    }

    static List<String> lines(List<Choice> candidates, int width) {
        List<String> lines = new ArrayList<>();
        for (Choice candidate : candidates.subList(0, Math.min(SHOWN, candidates.size()))) {
            String id = "  " + candidate.id();
            int room = width - id.length() - 2; // ids are ASCII slugs: one column a character
            lines.add(room < 2 || candidate.title().isEmpty() ? id : id + "  " + Text.cut(candidate.title(), room));
        }
        if (candidates.size() > SHOWN) {
            lines.add("  … and " + (candidates.size() - SHOWN) + " more; add a word to narrow it");
        }
        return lines;
    }
}
