package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.QueryResult;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.SectionResolver;
import dev.tracker.graph.ShortIds;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.shell.Picker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sections as the target of a change: {@code check --all SECTION} (and {@code skip --all})
 * changes every skill of it, and a plain {@code check SECTION} says what the query named and
 * how to change all of it, instead of refusing it as no skill or marking one of its skills.
 */
final class SectionQueries {
    private SectionQueries() {
    }

    /**
     * Throws when the query names a section more strongly than any skill (see
     * SectionResolver#outranks); when it names a section and several skills as strongly, the
     * skills are the candidates (a person at a terminal picks one) and this is the line that
     * tells of the section, else null.
     */
    static String refuseSection(SkillGraph graph, QueryResult skills, int width, String command) {
        SectionResolver resolver = new SectionResolver(graph);
        SectionResolver.Result sections = resolver.resolve(skills.query());
        if (!resolver.outranks(sections, skills)) {
            return null;
        }
        boolean stronger = sections.match().compareTo(skills.match()) < 0;
        if (skills.isAmbiguous() && !stronger) {
            String one = sections.sections().size() == 1 ? ShortIds.ofSections(graph).of(sections.sections().get(0).id()) : "SECTION";
            return "  (a section too: tracker " + command + " --all " + one + " changes all its open skills)";
        }
        String unchanged = "; nothing was changed. ";
        String skill = skills.isUnique() ? " (the skill by its id: " + skills.skill().id() + ")" : "";
        if (sections.sections().size() == 1) {
            Section section = sections.sections().get(0);
            String shortId = ShortIds.ofSections(graph).of(section.id());
            throw new TrackerException(ExitCode.USAGE, "'" + skills.query() + "' is a section, " + shortId + " ("
                    + graph.skillsUnder(section.id()).size() + " skills)" + unchanged + "To change all its open skills: tracker "
                    + command + " --all " + shortId + skill);
        }
        throw new TrackerException(ExitCode.USAGE, "'" + skills.query() + "' matches " + sections.sections().size()
                + " sections" + unchanged + "To change all the open skills of one: tracker " + command + " --all SECTION" + skill,
                Candidates.lines(Candidates.ofSections(graph, sections.sections()), width));
    }

    /** Every skill of the sections (or roadmaps) the arguments name, each argument one section, in document order. */
    static List<Skill> skillsOf(SkillGraph graph, List<String> queries, int width, Picker picker) {
        Set<Skill> skills = new LinkedHashSet<>();
        for (String query : queries) {
            Optional<Roadmap> roadmap = graph.findRoadmap(query.strip());
            if (roadmap.isPresent()) {
                graph.skills().stream().filter(s -> s.roadmapId().equals(roadmap.get().id())).forEach(skills::add);
                continue;
            }
            skills.addAll(graph.skillsUnder(section(graph, query, width, picker).id()));
        }
        return new ArrayList<>(skills);
    }

    private static Section section(SkillGraph graph, String query, int width, Picker picker) {
        SectionResolver.Result found = new SectionResolver(graph).resolve(query);
        List<Section> sections = found.sections();
        if (sections.size() == 1) {
            return sections.get(0);
        }
        if (sections.isEmpty()) {
            throw new TrackerException(ExitCode.FAILURE, "no section with skills matches '" + query
                    + "'; `tracker list` shows the sections with their ids");
        }
        TrackerException refusal = new TrackerException(ExitCode.USAGE, "'" + query + "' matches " + sections.size()
                + " sections; nothing was changed. Name one by its id:", Candidates.lines(Candidates.ofSections(graph, sections), width));
        return sections.get(picker.choose("'" + query + "' matches " + sections.size() + " sections",
                Candidates.ofSections(graph, sections), refusal));
    }
}
