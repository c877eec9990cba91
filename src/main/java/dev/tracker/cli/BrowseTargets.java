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
import dev.tracker.render.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the argument of `list` and `show` names: a roadmap (its id or file name), a section
 * (exact id, end of its id, words of its title or id), or, for `show`, a skill. When a section
 * and a skill both match, the stronger rule wins (exact id, then id suffix, then words); on
 * equal terms the section wins, since it holds what else matched. Ambiguity is reported as
 * `check` reports it: one line, the candidates with their ids, exit 2.
 */
final class BrowseTargets {
    private static final int SHOWN_CANDIDATES = 15;

    /** A roadmap, or a section of it, or a skill (then roadmap and section are null). */
    record Target(Roadmap roadmap, Section section, Skill skill) {
    }

    private BrowseTargets() {
    }

    /** For `list`: a roadmap or a section. */
    static Target scope(SkillGraph graph, String query, int width) {
        return resolve(graph, query, width, false);
    }

    /** For `show`: a roadmap, a section or a skill. */
    static Target any(SkillGraph graph, String query, int width) {
        return resolve(graph, query, width, true);
    }

    private static Target resolve(SkillGraph graph, String query, int width, boolean skills) {
        var roadmap = graph.findRoadmap(query.strip());
        if (roadmap.isPresent()) {
            return new Target(roadmap.get(), null, null);
        }
        SectionResolver.Result sections = new SectionResolver(graph).resolve(query);
        QueryResult found = skills ? new QueryResolver(graph).resolve(query)
                : new QueryResult(query, QueryResult.Match.NONE, List.of());
        if (!sections.sections().isEmpty() && sections.match().compareTo(found.match()) <= 0) {
            if (sections.sections().size() > 1) {
                List<String[]> candidates = sections.sections().stream().map(s -> new String[] {s.id(), s.title()}).toList();
                throw ambiguous(query, "sections", candidates, width);
            }
            Section section = sections.sections().get(0);
            return new Target(graph.roadmaps().stream().filter(r -> section.id().startsWith(r.id() + "/")).findFirst()
                    .orElseThrow(), section, null);
        }
        if (found.isUnique()) {
            return new Target(null, null, found.skill());
        }
        if (found.isAmbiguous()) {
            throw ambiguous(query, "skills", found.skills().stream().map(s -> new String[] {s.id(), s.title()}).toList(), width);
        }
        String what = skills ? "roadmap, section or skill" : "roadmap or section";
        throw new TrackerException(ExitCode.FAILURE, "no " + what + " matches '" + query + "'; the roadmaps are: "
                + graph.roadmaps().stream().map(Roadmap::id).collect(Collectors.joining(", "))
                + "; `tracker search WORDS` finds skills by any word");
    }

    private static TrackerException ambiguous(String query, String what, List<String[]> candidates, int width) {
        List<String> lines = new ArrayList<>();
        for (String[] candidate : candidates.subList(0, Math.min(SHOWN_CANDIDATES, candidates.size()))) {
            lines.add(Text.cut("  " + candidate[0] + "  " + candidate[1], width));
        }
        if (candidates.size() > SHOWN_CANDIDATES) {
            lines.add("  … and " + (candidates.size() - SHOWN_CANDIDATES) + " more; add a word to narrow it");
        }
        return new TrackerException(ExitCode.USAGE, "'" + query + "' matches " + candidates.size() + " " + what
                + "; name one by its id:", lines);
    }
}
