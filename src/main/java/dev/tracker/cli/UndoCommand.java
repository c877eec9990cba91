package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.JsonHistoryRenderer;
import dev.tracker.render.TextHistoryRenderer;
import dev.tracker.report.ChangeReport;
import dev.tracker.state.HistoryEntry;
import dev.tracker.state.Progress;
import dev.tracker.state.StateStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
        Progress after = store.update(progress -> {
            before[0] = progress;
            reverted.clear();
            reverted.add(nextCommand(progress));
            Instant now = context.clock().instant(); // under the lock: the history stays in the order of its times
            return progress.edit(now).undo(reverted.get(0), now).done();
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
        print(json.get() ? JsonHistoryRenderer.undo(command, appended)
                : new TextHistoryRenderer(context.width(), context.clock().getZone())
                        .undo(command, ChangeReport.of(graph, before[0], after, skills), gone));
    }

    private static List<HistoryEntry> nextCommand(Progress progress) {
        return progress.lastCommand().orElseThrow(() -> new TrackerException(ExitCode.FAILURE, progress.history().isEmpty()
                ? "nothing to undo: no change has been made yet"
                : "nothing left to undo: every change in the history has been undone (`tracker log` lists them)"));
    }
}
