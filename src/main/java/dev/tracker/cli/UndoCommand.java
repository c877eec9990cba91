package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.JsonHistoryRenderer;
import dev.tracker.render.TextHistoryRenderer;
import dev.tracker.report.ChangeReport;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.EntryKind;
import dev.tracker.state.HistoryEntry;
import dev.tracker.state.SkillState;
import dev.tracker.state.Progress;
import dev.tracker.state.StateStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code tracker undo}: Revert the last change not yet undone, and say what it reverted. */
public final class UndoCommand extends ModelledCommand implements Runnable {
    private final Specs.Value<Boolean> json;

    public UndoCommand(TrackerContext context) {
        super(context, "undo",
                new String[] {"Revert the last change not yet undone, and say what it reverted.",
                    "Run it again to walk further back. An undo is recorded in the history,",
                    "and a change made after an undo is the next one to be undone.",
                    "Exits 1 when nothing is left to undo."},
                "  tracker undo                  revert the last check, uncheck, start or skip",
                "  tracker undo --json | jq -r .reverted.id");
        json = Specs.jsonFlag(spec);
    }

    @Override
    public void run() {
        StateStore store = workspace().store();
        nextCommand(store.load());
        SkillGraph graph = graph();
        Progress[] before = new Progress[1];
        List<List<HistoryEntry>> reverted = new ArrayList<>(1);
        // decided again under the lock: another tracker may have changed the file since
        WriteMarksSetting writeThrough = WriteMarksSetting.from(context.env(), workspace().settings());
        List<String> markWarnings = new ArrayList<>();
        Map<String, SkillStatus> marksWritten = new HashMap<>();
        Progress after = store.update(progress -> {
            before[0] = progress;
            reverted.clear();
            reverted.add(nextCommand(progress));
            Instant now = context.clock().instant(); // under the lock: the history stays in the order of its times
            return progress.edit(now).undo(reverted.get(0), now).done();
        }, written -> {
            Map<Skill, SkillStatus> restored = restored(graph, reverted.get(0), written);
            if (writeThrough.enabled()) {
                WriteThrough.Outcome outcome = WriteThrough.write(workspace(), graph, restored);
                markWarnings.addAll(outcome.warnings());
                marksWritten.putAll(outcome.written());
            } else {
                restored.forEach((skill, status) -> {
                    if (written.statusOf(skill) != status) {
                        markWarnings.add("the markdown's mark of " + skill.id() + " says " + skill.markedStatus().label()
                                + ", not the " + status.label() + " this undo restores (write-marks wrote it since, or an edit);"
                                + " set it with check, uncheck, start or skip");
                    }
                });
            }
        });
        List<HistoryEntry> command = reverted.get(0);
        List<HistoryEntry> appended = after.history().subList(after.history().size() - command.size(), after.history().size());
        List<Skill> skills = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (HistoryEntry entry : command) {
            Optional<Skill> skill = graph.skill(entry.id());
            if (skill.isPresent() && !skills.contains(skill.get())) {
                skills.add(skill.get());
            } else if (skill.isEmpty() && !gone.contains(entry.id())) {
                gone.add(entry.id());
            }
        }
        // the statuses as the next run reads them: the marks just written included
        SkillGraph shown = WriteThrough.withMarks(graph, marksWritten);
        List<Skill> shownSkills = skills.stream().map(s -> shown.skill(s.id()).orElse(s)).toList();
        print(json.get() ? JsonHistoryRenderer.undo(command, appended)
                : new TextHistoryRenderer(context.width(), context.clock().getZone())
                        .undo(command, ChangeReport.of(shown, before[0], after, shownSkills), gone));
        markWarnings.forEach(workspace()::warn);
    }

    /**
     * The status each skill of the reverted command goes back to: the state's, where it keeps one,
     * else what the markdown said when the change was made (its entry's {@code from}).
     */
    private static Map<Skill, SkillStatus> restored(SkillGraph graph, List<HistoryEntry> command, Progress after) {
        Map<Skill, SkillStatus> restored = new LinkedHashMap<>();
        for (HistoryEntry entry : command) {
            Optional<Skill> skill = entry.kind() == EntryKind.STATUS ? graph.skill(entry.id()) : Optional.empty();
            if (skill.isPresent() && !restored.containsKey(skill.get())) {
                SkillState state = after.stateOf(entry.id());
                restored.put(skill.get(), state != null ? state.status() : entry.from());
            }
        }
        return restored;
    }

    private static List<HistoryEntry> nextCommand(Progress progress) {
        return progress.lastCommand().orElseThrow(() -> new TrackerException(ExitCode.FAILURE, progress.history().isEmpty()
                ? "nothing to undo: no change has been made yet"
                : "nothing left to undo: every change in the history has been undone (`tracker log` lists them)"));
    }
}
