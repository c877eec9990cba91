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
import java.util.List;

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
        nextChange(store.load());
        SkillGraph graph = graph();
        Instant now = context.clock().instant();
        Progress[] before = new Progress[1];
        HistoryEntry[] reverted = new HistoryEntry[1];
        Skill[] skill = new Skill[1];
        // decided again under the lock: another tracker may have changed the file since
        Progress after = store.update(progress -> {
            before[0] = progress;
            reverted[0] = nextChange(progress);
            skill[0] = graph.skill(reverted[0].id()).orElseThrow(() -> new TrackerException(ExitCode.FAILURE,
                    "cannot undo the last change, to " + reverted[0].id() + " (" + reverted[0].from().label() + " → "
                            + reverted[0].to().label() + "): that skill is no longer in the roadmaps; nothing was changed"));
            return progress.undo(skill[0], reverted[0], now);
        });
        HistoryEntry change = after.history().get(after.history().size() - 1);
        print(json.get() ? JsonHistoryRenderer.undo(reverted[0], change)
                : new TextHistoryRenderer(context.width(), context.clock().getZone())
                        .undo(reverted[0], ChangeReport.of(graph, before[0], after, List.of(skill[0]))));
    }

    private static HistoryEntry nextChange(Progress progress) {
        return progress.lastChange().orElseThrow(() -> new TrackerException(ExitCode.FAILURE, progress.history().isEmpty()
                ? "nothing to undo: no change has been made yet"
                : "nothing left to undo: every change in the history has been undone (`tracker log` lists them)"));
    }
}
