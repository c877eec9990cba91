package dev.tracker.cli;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.render.TextChangeRenderer;
import dev.tracker.render.TextNoteRenderer;
import dev.tracker.report.ChangeReport;
import dev.tracker.state.Note;
import dev.tracker.state.Progress;
import dev.tracker.state.ProgressEdit;
import dev.tracker.state.StateStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What check, uncheck, start and skip share: find the skills, set their status in one write, report. */
abstract class MarkCommand extends ModelledCommand implements Runnable {
    private final SkillStatus target;
    private final Specs.Value<List<String>> queries;
    private final Specs.Value<String> at;
    private final Specs.Value<String> grade;
    private final Specs.Value<String> note;
    private final Specs.Value<Boolean> all;

    /** A command that sets skills to {@code target}: its name, description and examples. */
    MarkCommand(TrackerContext context, SkillStatus target, String name, String[] description, String... examples) {
        super(context, name, description, examples);
        this.target = target;
        queries = Specs.words(spec, "1..*", "QUERY", "A skill's id, the end of its id, or words of its title.");
        // check and skip change whole sections; uncheck and start one skill at a time (undo reverts a section)
        boolean sections = target == SkillStatus.DONE || target == SkillStatus.SKIPPED;
        all = sections ? Specs.flag(spec, "Every open skill (todo or in progress) of the sections or roadmaps named, "
                + "as one change that one undo reverts.", "--all") : null;
        at = Specs.option(spec, String.class, "TIME",
                "Record the change at this time: yyyy-MM-dd or ISO-8601 with a zone (not in the future).", "--at");
        grade = target == SkillStatus.DONE ? Specs.option(spec, String.class, "GRADE",
                "How well you recall it, its first review: again, hard, good (default) or easy.", "--grade") : null;
        note = target == SkillStatus.DONE ? Specs.option(spec, String.class, "TEXT",
                "Keep a note on it too (see `tracker note`), in the same change.", "--note") : null;
    }

    @Override
    public void run() {
        SkillGraph graph = graph();
        boolean whole = all != null && all.get();
        List<Skill> named = whole ? SectionQueries.skillsOf(graph, queries.get(), context.width(), root().interaction().picker())
                : SkillQueries.resolve(graph, queries.get(), context.width(), root().interaction().picker(), all == null ? null : spec.name());
        List<Skill> skills = new ArrayList<>(named);
        StateStore store = workspace().store();
        // checked now, so that a bad --at fails before the lock; without --at the change's time is taken under the lock
        Instant when = at.get() == null ? null : ChangeTime.of(at.get(), context);
        String firstGrade = grade == null || grade.get() == null ? "good" : ChangeTime.grade(grade.get());
        double retention = workspace().settings().retention().value();
        String noteText = note == null || note.get() == null ? null : NoteCommand.noteText(note.get(), "--note");
        Progress[] before = new Progress[1];
        WriteMarksSetting writeThrough = WriteMarksSetting.from(context.env(), workspace().settings());
        List<String> markWarnings = new ArrayList<>();
        // one command however many skills: one undo reverts them all
        Progress after = store.update(progress -> {
            before[0] = progress;
            if (whole) {
                skills.removeIf(skill -> !isOpen(progress.statusOf(skill)));
            }
            Instant now = context.clock().instant();
            ProgressEdit edit = progress.edit(now);
            Instant at = when == null || when.isAfter(now) ? now : when;
            for (Skill skill : skills) {
                boolean newlyDone = target == SkillStatus.DONE && progress.statusOf(skill) != SkillStatus.DONE;
                edit.status(skill, target, at);
                if (newlyDone) {
                    edit.review(skill.id(), firstGrade, retention, at); // checking a skill is its first review
                }
                if (noteText != null) {
                    edit.note(skill.id(), noteText, at);
                }
            }
            if (!edit.isEmpty()) {
                ReviewLog.recordSeen(edit, graph, progress, retention, now);
            }
            return edit.done();
        }, written -> markWarnings.addAll(writeThrough.enabled()
                ? WriteThrough.write(workspace(), graph, statuses(skills, written)).warnings() : List.of()));
        if (skills.isEmpty()) {
            print("nothing to change: the " + named.size() + " skills named are done or skipped already\n");
            return;
        }
        List<ChangeReport.Change> changes = ChangeReport.of(graph, before[0], after, skills);
        print(new TextChangeRenderer(context.width()).render(changes));
        if (noteText != null) {
            TextNoteRenderer notes = new TextNoteRenderer(context.width(), context.clock().getZone());
            String cmd = after.history().get(after.history().size() - 1).cmd();
            for (Skill skill : skills) {
                List<Note> kept = after.notesOf(skill.id());
                Note added = kept.stream().filter(n -> n.cmd().equals(cmd)).findFirst().orElseThrow();
                print(notes.changed("added", kept.indexOf(added) + 1, skill.id(), added));
            }
        }
        markWarnings.forEach(workspace()::warn);
    }

    private static Map<Skill, SkillStatus> statuses(List<Skill> skills, Progress progress) {
        Map<Skill, SkillStatus> statuses = new LinkedHashMap<>();
        skills.forEach(skill -> statuses.put(skill, progress.statusOf(skill)));
        return statuses;
    }

    private static boolean isOpen(SkillStatus status) {
        return status == SkillStatus.TODO || status == SkillStatus.IN_PROGRESS;
    }
}
