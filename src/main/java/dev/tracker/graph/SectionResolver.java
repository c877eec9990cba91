package dev.tracker.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * Finds the section a user means, by the same rules as skills (exact id, id suffix, words of
 * its title or id), so that `list` and `show` accept what `check` accepts. Only exact ids find
 * a section that holds no skill. A section whose enclosing section also matches is left out:
 * "error handling" means the topic, not each of its levels too.
 */
public final class SectionResolver {
    private static final Pattern ID_PARTS = Pattern.compile("[/-]");

    /** What a query found: the sections, and the rule that found them (NONE when nothing did). */
    public record Result(String query, QueryResult.Match match, List<Section> sections) {
        public Result {
            sections = List.copyOf(sections);
        }
    }

    private final SkillGraph graph;

    public SectionResolver(SkillGraph graph) {
        this.graph = graph;
    }

    public Result resolve(String rawQuery) {
        String query = rawQuery.strip().toLowerCase(Locale.ROOT).replaceAll("^/+|/+$", "");
        List<Section> all = new ArrayList<>();
        graph.roadmaps().forEach(r -> all.addAll(r.sections()));
        if (query.isEmpty()) {
            return new Result(rawQuery, QueryResult.Match.NONE, List.of());
        }
        List<Section> found = all.stream().filter(s -> s.id().equals(query)).toList();
        if (!found.isEmpty()) {
            return new Result(rawQuery, QueryResult.Match.EXACT_ID, found);
        }
        List<Section> holding = all.stream().filter(s -> !graph.skillsUnder(s.id()).isEmpty()).toList();
        found = outermost(holding.stream().filter(s -> s.id().endsWith("/" + query)).toList());
        if (!found.isEmpty()) {
            return new Result(rawQuery, QueryResult.Match.ID_SUFFIX, found);
        }
        List<String> words = Slug.words(query.replace('/', ' '));
        found = words.isEmpty() ? List.of()
                : outermost(holding.stream().filter(s -> QueryResolver.containsAllWords(searchWords(s), words)).toList());
        return new Result(rawQuery, found.isEmpty() ? QueryResult.Match.NONE : QueryResult.Match.TITLE_WORDS, found);
    }

    /** The words a section can be found by: its title's and its id's. */
    private static List<String> searchWords(Section section) {
        List<String> words = new ArrayList<>(Slug.words(section.title()));
        words.addAll(List.of(ID_PARTS.split(section.id())));
        return words;
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
