package dev.tracker.shell;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import java.util.ArrayList;
import java.util.List;

/** The ids a command line can name, each with its title: roadmaps, sections that hold skills, skills. */
final class GraphSuggestions {
    private GraphSuggestions() {
    }

    static List<CommandCompletions.Suggestion> roadmaps(SkillGraph graph) {
        List<CommandCompletions.Suggestion> roadmaps = new ArrayList<>();
        for (Roadmap roadmap : graph.roadmaps()) {
            roadmaps.add(new CommandCompletions.Suggestion(roadmap.id(), roadmap.title(), "roadmaps"));
        }
        return roadmaps;
    }

    /** Sections without skills are left out: commands find those by their exact id only. */
    static List<CommandCompletions.Suggestion> sections(SkillGraph graph) {
        List<CommandCompletions.Suggestion> sections = new ArrayList<>();
        for (Roadmap roadmap : graph.roadmaps()) {
            for (Section section : roadmap.sections()) {
                if (!graph.skillsUnder(section.id()).isEmpty()) {
                    sections.add(new CommandCompletions.Suggestion(section.id(), section.title(), "sections"));
                }
            }
        }
        return sections;
    }

    static List<CommandCompletions.Suggestion> skills(SkillGraph graph) {
        List<CommandCompletions.Suggestion> skills = new ArrayList<>();
        for (Skill skill : graph.skills()) {
            skills.add(new CommandCompletions.Suggestion(skill.id(), skill.title(), "skills"));
        }
        return skills;
    }

    /** Roadmaps, then sections, then (for {@code show}) skills: the order ties are listed in. */
    static List<CommandCompletions.Suggestion> all(SkillGraph graph, boolean withSkills) {
        List<CommandCompletions.Suggestion> all = new ArrayList<>(roadmaps(graph));
        all.addAll(sections(graph));
        if (withSkills) {
            all.addAll(skills(graph));
        }
        return all;
    }
}
