package dev.tracker.graph;

import java.util.List;

/**
 * What a query found, and by which rule.
 *
 * @param query   the query as the user typed it
 * @param match   the rule that found the candidates
 * @param skills  the candidates; exactly one means the query is resolved
 */
public record QueryResult(String query, Match match, List<Skill> skills) {
    public enum Match { EXACT_ID, ID_SUFFIX, TITLE_WORDS, FUZZY, NONE }

    public QueryResult {
        skills = List.copyOf(skills);
    }

    public boolean isUnique() {
        return skills.size() == 1;
    }

    public boolean isAmbiguous() {
        return skills.size() > 1;
    }

    public Skill skill() {
        if (!isUnique()) {
            throw new IllegalStateException("query '" + query + "' matched " + skills.size() + " skills");
        }
        return skills.get(0);
    }
}
