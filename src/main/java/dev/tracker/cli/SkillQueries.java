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
 * those are the skills ({@code tracker check l1/slicing l1/pointers}); otherwise all the words
 * together are one query ({@code tracker check zombie array}). When that query matches several
 * skills, the picker lets a person at a terminal choose one; anywhere else, and for anything
 * else that fails, the candidates are reported, best first, and nothing is changed. For a
 * command that can change a whole section ({@code check --all}), a query that names a section
 * more strongly than any skill says so, and how.
 */
final class SkillQueries {

    private SkillQueries() {
    }

    static List<Skill> resolve(SkillGraph graph, List<String> queries, int width, Picker picker) {
        return resolve(graph, queries, width, picker, null);
    }

    /** @param allCommand the command that changes a whole section ("check"), or null when there is none */
    static List<Skill> resolve(SkillGraph graph, List<String> queries, int width, Picker picker, String allCommand) {
        QueryResolver resolver = new QueryResolver(graph);
        List<QueryResult> each = queries.stream().map(resolver::resolve).toList();
        if (queries.size() > 1 && each.stream().allMatch(QueryResult::isUnique)) {
            Set<Skill> skills = new LinkedHashSet<>();
            each.forEach(result -> skills.add(result.skill()));
            return new ArrayList<>(skills);
        }
        QueryResult whole = queries.size() == 1 ? each.get(0) : resolver.resolve(String.join(" ", queries));
        String sectionToo = allCommand == null ? null : SectionQueries.refuseSection(graph, whole, width, allCommand);
        if (whole.isUnique()) {
            return List.of(whole.skill());
        }
        if (whole.isAmbiguous()) {
            List<Choice> choices = Candidates.ofSkills(graph, whole.skills());
            String question = "'" + whole.query() + "' matches " + choices.size() + " skills";
            return List.of(whole.skills().get(picker.choose(question, choices, failure(graph, whole, width, sectionToo))));
        }
        QueryResult failed = each.stream().filter(result -> !result.isUnique()).findFirst().orElse(whole);
        throw failure(graph, failed, width, null);
    }

    private static TrackerException failure(SkillGraph graph, QueryResult result, int width, String sectionToo) {
        if (result.skills().isEmpty()) {
            return new TrackerException(ExitCode.FAILURE, "no skill matches '" + result.query()
                    + "'; try fewer words: one word of its title lists the skills that have it, with their ids");
        }
        String read = result.reading() == null ? "" : " (read as '" + result.reading() + "')";
        List<String> lines = new ArrayList<>(Candidates.lines(Candidates.ofSkills(graph, result.skills()), width));
        if (sectionToo != null) {
            lines.add(sectionToo);
        }
        return new TrackerException(ExitCode.USAGE, "'" + result.query() + "'" + read + " matches " + result.skills().size()
                + " skills; nothing was changed. Name one by its id:", lines);
    }
}
