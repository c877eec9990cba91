package dev.tracker.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the section a user means, by the rules skills are found by ({@link QueryRules}), so
 * that `list` and `show` accept what `check` accepts. Only exact ids find a section that holds
 * no skill. A section whose enclosing section also matches is left out: "error handling" means
 * the topic, not each of its levels too.
 */
public final class SectionResolver {

    /** What a query found: the sections, the rule that found them (NONE when nothing did), the typo reading. */
    public record Result(String query, QueryResult.Match match, List<Section> sections, String reading) {
        public Result {
            sections = List.copyOf(sections);
        }
    }

    private final SkillGraph graph;

    public SectionResolver(SkillGraph graph) {
        this.graph = graph;
    }

    public Result resolve(String rawQuery) {
        String query = QueryRules.normalized(rawQuery);
        List<Section> all = new ArrayList<>();
        graph.roadmaps().forEach(r -> all.addAll(r.sections()));
        if (query.isEmpty()) {
            return new Result(rawQuery, QueryResult.Match.NONE, List.of(), null);
        }
        List<Section> found = all.stream().filter(s -> s.id().equals(query)).toList();
        if (!found.isEmpty()) {
            return new Result(rawQuery, QueryResult.Match.EXACT_ID, found, null);
        }
        List<Section> holding = all.stream().filter(s -> !graph.skillsUnder(s.id()).isEmpty()).toList();
        QueryRules.Found<Section> ranked = QueryRules.find(holding, Section::id, Section::title, rawQuery);
        return new Result(rawQuery, ranked.match(), outermost(ranked.items()), ranked.reading());
    }

    /**
     * Whether the sections a query found outrank the skills it found: a stronger rule, or the
     * same one (a section holds what else matched). Two typo readings compare by the rules their
     * corrected queries meet.
     */
    public boolean outranks(Result sections, QueryResult skills) {
        if (sections.sections().isEmpty()) {
            return false;
        }
        if (sections.match() == QueryResult.Match.FUZZY && skills.match() == QueryResult.Match.FUZZY) {
            Result read = resolve(sections.reading());
            QueryResult readSkills = new QueryResolver(graph).resolve(skills.reading());
            return read.match() != QueryResult.Match.FUZZY && read.match().compareTo(readSkills.match()) <= 0;
        }
        return sections.match().compareTo(skills.match()) <= 0;
    }

    /** Drops the sections that lie inside another matched section. */
    private List<Section> outermost(List<Section> sections) {
        Set<String> ids = sections.stream().map(Section::id).collect(Collectors.toSet());
        List<Section> kept = new ArrayList<>();
        for (Section section : sections) {
            boolean inside = graph.sectionPath(section.id()).stream()
                    .anyMatch(ancestor -> !ancestor.id().equals(section.id()) && ids.contains(ancestor.id()));
            if (!inside) {
                kept.add(section);
            }
        }
        return kept;
    }
}
