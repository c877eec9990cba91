package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.QueryResolver;
import dev.tracker.graph.QueryResult;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.shell.Choice;
import dev.tracker.shell.Picker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a command's QUERY arguments into skills. When every argument names exactly one skill,
 * those are the skills ({@code tracker check l1/syntax l1/pointers}); otherwise all the words
 * together are one query ({@code tracker check zombie array}). When that query matches several
 * skills, the picker lets a person at a terminal choose one; anywhere else, and for anything
 * else that fails, the candidates are reported and nothing is changed.
 */
final class SkillQueries {

    private SkillQueries() {
    }

    static List<Skill> resolve(SkillGraph graph, List<String> queries, int width, Picker picker) {
        QueryResolver resolver = new QueryResolver(graph);
        List<QueryResult> each = queries.stream().map(resolver::resolve).toList();
        if (queries.size() > 1 && each.stream().allMatch(QueryResult::isUnique)) {
            Set<Skill> skills = new LinkedHashSet<>();
            each.forEach(result -> skills.add(result.skill()));
            return new ArrayList<>(skills);
        }
        QueryResult whole = queries.size() == 1 ? each.get(0) : resolver.resolve(String.join(" ", queries));
        if (whole.isUnique()) {
            return List.of(whole.skill());
        }
        if (whole.isAmbiguous()) {
            List<Choice> choices = whole.skills().stream().map(skill -> new Choice(skill.id(), skill.title())).toList();
            String question = "'" + whole.query() + "' matches " + choices.size() + " skills";
            return List.of(whole.skills().get(picker.choose(question, choices, failure(whole, width))));
        }
        QueryResult failed = each.stream().filter(result -> !result.isUnique()).findFirst().orElse(whole);
        throw failure(failed, width);
    }

    private static TrackerException failure(QueryResult result, int width) {
        if (result.skills().isEmpty()) {
            return new TrackerException(ExitCode.FAILURE, "no skill matches '" + result.query()
                    + "'; try fewer words: one word of its title lists the skills that have it, with their ids");
        }
        List<Choice> candidates = result.skills().stream().map(s -> new Choice(s.id(), s.title())).toList();
        return new TrackerException(ExitCode.USAGE, "'" + result.query() + "' matches " + result.skills().size()
                + " skills; nothing was changed. Name one by its id:", Candidates.lines(candidates, width));
    }
}
