package dev.tracker.cli;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.render.TextChangeRenderer;
import dev.tracker.report.ChangeReport;
import dev.tracker.state.Progress;
import dev.tracker.state.ProgressEdit;
import dev.tracker.state.StateStore;
import java.time.Instant;
import java.util.List;

/** What check, uncheck, start and skip share: find the skills, set their status in one write, report. */
abstract class MarkCommand extends ModelledCommand implements Runnable {
    private final SkillStatus target;
    private final Specs.Value<List<String>> queries;
    private final Specs.Value<String> at;
    private final Specs.Value<String> grade;

    /** A command that sets skills to {@code target}: its name, description and examples. */
    MarkCommand(TrackerContext context, SkillStatus target, String name, String[] description, String... examples) {
        super(context, name, description, examples);
        this.target = target;
        queries = Specs.words(spec, "1..*", "QUERY", "A skill's id, the end of its id, or words of its title.");
        at = Specs.option(spec, String.class, "TIME",
                "Record the change at this time: yyyy-MM-dd or ISO-8601 with a zone (not in the future).", "--at");
        grade = target == SkillStatus.DONE ? Specs.option(spec, String.class, "GRADE",
                "How well you recall it, its first review: again, hard, good (default) or easy.", "--grade") : null;
    }

    @Override
    public void run() {
        SkillGraph graph = graph();
        List<Skill> skills = SkillQueries.resolve(graph, queries.get(), context.width(), root().interaction().picker());
        StateStore store = workspace().store();
        Instant when = ChangeTime.of(at.get(), context);
        String firstGrade = grade == null || grade.get() == null ? "good" : ChangeTime.grade(grade.get());
        double retention = ChangeTime.retention(context);
        Progress[] before = new Progress[1];
        // one command however many skills: one undo reverts them all
        Progress after = store.update(progress -> {
            before[0] = progress;
            Instant now = context.clock().instant();
            ProgressEdit edit = progress.edit(now);
            Instant at = when.isAfter(now) ? now : when;
            for (Skill skill : skills) {
                boolean newlyDone = target == SkillStatus.DONE && progress.statusOf(skill) != SkillStatus.DONE;
                edit.status(skill, target, at);
                if (newlyDone) {
                    edit.review(skill.id(), firstGrade, retention, at); // checking a skill is its first review
                }
            }
            if (!edit.isEmpty()) {
                ReviewLog.recordSeen(edit, graph, progress, retention, now);
            }
            return edit.done();
        });
        List<ChangeReport.Change> changes = ChangeReport.of(graph, before[0], after, skills);
        print(new TextChangeRenderer(context.width()).render(changes));
    }
}
