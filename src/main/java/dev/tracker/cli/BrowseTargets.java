package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.QueryResolver;
import dev.tracker.graph.QueryResult;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.SectionResolver;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.shell.Choice;
import dev.tracker.shell.Picker;
import java.util.List;

/**
 * What the argument of `list`, `status` and `show` names: a roadmap (its id or file name, or a
 * unique start of one when no id ends with the query), a section
 * (exact id, end of its id, words of its title or id), or, for `show`, a skill. When a section
 * and a skill both match, the stronger rule wins (exact id, then id suffix, then words); on
 * equal terms the section wins, since it holds what else matched. Ambiguity is handled as
 * `check` handles it: a person at a terminal picks one; elsewhere one line, the candidates
 * with their ids, exit 2.
 */
final class BrowseTargets {

    /** A roadmap, or a section of it, or a skill (then roadmap and section are null). */
    record Target(Roadmap roadmap, Section section, Skill skill) {
    }

    private BrowseTargets() {
    }

    /** For `list`: a roadmap or a section. */
    static Target scope(SkillGraph graph, String query, int width, Picker picker) {
        return resolve(graph, query, width, false, picker);
    }

    /** For `show`: a roadmap, a section or a skill. */
    static Target any(SkillGraph graph, String query, int width, Picker picker) {
        return resolve(graph, query, width, true, picker);
    }

    private static Target resolve(SkillGraph graph, String query, int width, boolean skills, Picker picker) {
        var roadmap = graph.findRoadmap(query.strip());
        if (roadmap.isPresent()) {
            return new Target(roadmap.get(), null, null);
        }
        SectionResolver resolver = new SectionResolver(graph);
        SectionResolver.Result sections = resolver.resolve(query);
        QueryResult found = skills ? new QueryResolver(graph).resolve(query)
                : new QueryResult(query, QueryResult.Match.NONE, List.of());
        var prefixed = Roadmaps.byPrefix(graph, query);
        boolean byId = sections.match().compareTo(QueryResult.Match.ID_SUFFIX) <= 0 || found.match().compareTo(QueryResult.Match.ID_SUFFIX) <= 0;
        if (prefixed.isPresent() && !byId) {
            return new Target(prefixed.get(), null, null); // a roadmap's unique prefix, before words of titles
        }
        if (resolver.outranks(sections, found)) {
            List<Choice> candidates = Candidates.ofSections(graph, sections.sections());
            Section section = sections.sections().get(candidates.size() == 1 ? 0 : pick(query, "sections", candidates, width, picker));
            return new Target(graph.roadmaps().stream().filter(r -> section.id().startsWith(r.id() + "/")).findFirst()
                    .orElseThrow(), section, null);
        }
        if (found.isUnique()) {
            return new Target(null, null, found.skill());
        }
        if (found.isAmbiguous()) {
            List<Choice> candidates = Candidates.ofSkills(graph, found.skills());
            return new Target(null, null, found.skills().get(pick(query, "skills", candidates, width, picker)));
        }
        String what = skills ? "roadmap, section or skill" : "roadmap or section";
        throw new TrackerException(ExitCode.FAILURE, "no " + what + " matches '" + query + "'; the roadmaps are: "
                + Roadmaps.ids(graph) + "; `tracker search WORDS` finds skills by any word");
    }

    /** The index of the candidate the picker's user chose; with nobody to ask, the error listing them. */
    private static int pick(String query, String what, List<Choice> candidates, int width, Picker picker) {
        return picker.choose("'" + query + "' matches " + candidates.size() + " " + what, candidates,
                ambiguous(query, what, candidates, width));
    }

    private static TrackerException ambiguous(String query, String what, List<Choice> candidates, int width) {
        return new TrackerException(ExitCode.USAGE, "'" + query + "' matches " + candidates.size() + " " + what
                + "; name one by its id:", Candidates.lines(candidates, width));
    }
}
