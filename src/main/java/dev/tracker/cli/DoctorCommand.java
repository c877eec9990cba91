package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.TextDoctorRenderer;
import dev.tracker.report.DoctorReport;
import dev.tracker.report.StateDiff;
import dev.tracker.state.BackupRestore;
import dev.tracker.state.ConflictResolve;
import dev.tracker.state.Progress;
import dev.tracker.state.ProgressEdit;
import dev.tracker.state.StateDamage;
import dev.tracker.state.StateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tracker doctor}: Check the roadmaps and the state file. */
public final class DoctorCommand extends ModelledCommand implements Callable<Integer> {
    private final Specs.Value<Boolean> reattach;
    private final Specs.Value<Boolean> restoreBackup;
    private final Specs.Value<Boolean> resolve;

    public DoctorCommand(TrackerContext context) {
        super(context, "doctor",
                new String[] {"Check the roadmaps and the state file.",
                    "Lists roadmap files that could not be read, lines with mojibake that could",
                    "not be repaired, and state entries whose skill left the roadmaps, with the",
                    "skill each most likely became. Nothing is dropped: such entries are kept",
                    "until you reattach them. Exits 1 when it finds a problem."},
                "  tracker doctor                   what is wrong, and what to do",
                "  tracker doctor --reattach        move entries of edited skills to new ids",
                "  tracker doctor --restore-backup  show how state.json.bak differs, restore it",
                "  tracker doctor --resolve         merge the two sides of a git conflict");
        reattach = Specs.flag(spec, "Move each orphaned entry to the skill it most likely became.", "--reattach");
        restoreBackup = Specs.flag(spec, "Show how state.json.bak differs, then restore it (the replaced file is kept as "
                + "state.json.replaced-TIME).", "--restore-backup");
        resolve = Specs.flag(spec, "Merge the two sides of a state file holding git conflict markers, as the merge "
                + "driver would (the conflicted file is kept as state.json.replaced-TIME).", "--resolve");
    }

    @Override
    public Integer call() {
        Workspace workspace = workspace();
        StateStore store = workspace.store();
        TextDoctorRenderer render = new TextDoctorRenderer(context.width());
        if (restoreBackup.get()) {
            return restore(store, render);
        }
        ConflictResolve conflict = new ConflictResolve(store);
        if (resolve.get() && !conflict.conflicted()) {
            throw new TrackerException(ExitCode.FAILURE, "state file " + store.file() + " holds no git conflict markers; "
                    + "nothing to resolve");
        }
        SkillGraph graph = workspace.graph();
        List<String> suspects = RoadmapChecks.suspects(workspace);
        List<Path> locations = workspace.roadmapsLocations();
        String where = locations.isEmpty() ? "bundled" : locations.size() == 1 ? locations.get(0).toString()
                : String.join(", ", locations.stream().map(location -> Workspace.shown(location, workspace.settings().home())).toList());
        context.out().print(render.roadmaps(where, graph.roadmaps().size(),
                graph.skills().size(), workspace.roadmapWarnings(), suspects));
        if (resolve.get()) {
            context.out().print(render.resolved(store.file().toString(), conflict.resolve(context.clock())));
        } else if (conflict.conflicted()) {
            context.out().print(render.conflicted(store.file().toString()));
            return ExitCode.FAILURE;
        }
        Progress progress;
        try {
            progress = store.load();
        } catch (TrackerException e) {
            if (!(e.getCause() instanceof StateDamage)) {
                throw e;
            }
            // what is damaged, and what the backup would give back
            BackupRestore.Backup backup = new BackupRestore(store).inspect();
            context.out().print(render.damaged(store.file().toString(), ((StateDamage) e.getCause()).what(),
                    store.backupFile().getFileName().toString(), backup.progress(), backup.trouble()));
            return ExitCode.FAILURE;
        }
        List<String> disagreeing = store.mapDisagreements();
        if (!disagreeing.isEmpty()) {
            // the map is only what replaying the history gives: written again, it agrees, and nothing is lost
            progress = store.rebuildMap();
            context.out().print(render.mapRebuilt(disagreeing, store.backupFile().getFileName().toString()));
        }
        DoctorReport.Result result = DoctorReport.of(graph, progress);
        if (reattach.get()) {
            List<DoctorReport.Orphan> moved = result.orphans().stream().filter(o -> o.successor() != null).toList();
            // every move in one command: one undo puts them all back
            store.update(current -> {
                Instant now = context.clock().instant();
                ProgressEdit edit = current.edit(now);
                for (DoctorReport.Orphan orphan : moved) {
                    if (current.ids().contains(orphan.id())) {
                        edit.reattach(orphan.id(), orphan.successor().skill(), now);
                    }
                }
                return edit.done();
            });
            context.out().print(render.reattached(moved));
            result = DoctorReport.of(graph, store.load());
        }
        context.out().print(render.state(store.file().toString(), result, Files.exists(store.backupFile())));
        boolean healthy = result.healthy() && workspace.roadmapWarnings().isEmpty() && suspects.isEmpty();
        return healthy ? ExitCode.OK : ExitCode.FAILURE;
    }

    private int restore(StateStore store, TextDoctorRenderer render) {
        BackupRestore backup = new BackupRestore(store);
        Progress saved = backup.loadBackup();
        Progress current = null;
        String currentError = null;
        try {
            current = store.load();
        } catch (TrackerException e) {
            currentError = e.getMessage();
        }
        StateDiff.Result diff = StateDiff.of(current, saved);
        if (diff.same() && currentError == null) {
            context.out().println(store.backupFile().getFileName() + " holds the same as the state file; nothing to restore");
            return ExitCode.OK;
        }
        context.out().print(render.difference(diff, currentError, store.backupFile().getFileName().toString()));
        Path kept = backup.restore(context.clock());
        context.out().println("restored " + store.file() + " from its backup"
                + (kept == null ? "" : "; the replaced file is kept as " + kept));
        return ExitCode.OK;
    }
}
