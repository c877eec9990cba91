package dev.tracker.graph;

import java.util.List;

/**
 * What a query found, and by which rule.
 *
 * @param query    the query as the user typed it
 * @param match    the rule that found the candidates (see {@link QueryRules})
 * @param skills   the candidates, best first; exactly one means the query is resolved
 * @param reading  the query as read with its typos corrected, when the typo rule found them; else null
 */
public record QueryResult(String query, Match match, List<Skill> skills, String reading) {
    /** The rules, strongest first. */
    public enum Match { EXACT_ID, ID_SUFFIX, LABEL, ID_WORDS, TITLE_WORDS, FUZZY, NONE }

    public QueryResult {
        skills = List.copyOf(skills);
    }

    public QueryResult(String query, Match match, List<Skill> skills) {
        this(query, match, skills, null);
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
