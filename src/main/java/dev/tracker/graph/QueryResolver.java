package dev.tracker.graph;

/** Finds the skill a user means, by the rules of {@link QueryRules}. */
public final class QueryResolver {
    private final SkillGraph graph;

    public QueryResolver(SkillGraph graph) {
        this.graph = graph;
    }

    public QueryResult resolve(String rawQuery) {
        QueryRules.Found<Skill> found = QueryRules.find(graph.skills(), Skill::id, Skill::title, rawQuery);
        return new QueryResult(rawQuery, found.match(), found.items(), found.reading());
    }
}
