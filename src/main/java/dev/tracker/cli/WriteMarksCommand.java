package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.TextMarksRenderer;
import dev.tracker.report.MarkWrites;
import dev.tracker.roadmap.LoadedRoadmaps;
import dev.tracker.roadmap.MarkChange;
import dev.tracker.roadmap.SkippedRoadmap;
import dev.tracker.state.Progress;
import dev.tracker.state.ProgressEdit;
import dev.tracker.state.SkillState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code tracker write-marks}: write the effective marks into the roadmap files, and hand the state's entries back to them. */
public final class WriteMarksCommand extends ModelledCommand implements Runnable {
    private final Specs.Value<List<String>> names;
    private final Specs.Value<Boolean> dryRun;

    public WriteMarksCommand(TrackerContext context) {
        super(context, "write-marks",
                new String[] {"Write each skill's status into its mark in the roadmap's file.",
                    "Marks are [ ] [x] [/] [-]; only those that differ change, every other",
                    "byte stays. Each file is replaced whole (NAME.bak keeps the old one),",
                    "and refused if it changed since it was read. State entries the marks",
                    "now say are handed back to the markdown (the history keeps them).",
                    "With TRACKER_WRITE_MARKS=1, check, uncheck, start, skip and undo",
                    "write their skills' marks too."},
                "  tracker write-marks --dry-run            the unified diff, nothing written",
                "  tracker write-marks                      every roadmap",
                "  tracker write-marks go-architect-tracker");
        names = Specs.words(spec, "0..*", "ROADMAP", "A roadmap's id or file name (default: every roadmap).");
        dryRun = Specs.flag(spec, "Print the unified diff of what would change; write nothing.", "--dry-run");
    }

    @Override
    public void run() {
        SkillGraph graph = graph();
        Path location = workspace().roadmapsLocation();
        LoadedRoadmaps loaded = workspace().loaded();
        List<Roadmap> roadmaps = chosen(graph, loaded);
        MarkWriting.Result[] result = new MarkWriting.Result[1];
        Progress before = workspace().store().load();
        int[] handedBack = new int[1];
        if (dryRun.get()) {
            result[0] = MarkWriting.write(loaded, location, roadmaps, skill -> true, before::statusOf, true);
        } else {
            workspace().store().update(progress -> {
                // decided again under the lock: another tracker may have changed the state since
                result[0] = MarkWriting.write(loaded, location, roadmaps, skill -> true, progress::statusOf, false);
                ProgressEdit edit = progress.edit(context.clock().instant());
                handedBack[0] = handBack(result[0], progress, edit, context.clock().instant());
                return edit.done();
            });
        }
        MarkWrites writes = writes(result[0], handedBack[0], loaded.skipped().size());
        if (dryRun.get()) {
            print(TextMarksRenderer.diffs(writes));
            writes.plainFiles().forEach(plain -> context.err().println("tracker: " + TextMarksRenderer.plainLine(plain)));
        } else {
            print(TextMarksRenderer.summary(writes));
        }
        List<TrackerException> failures = result[0].failures();
        if (!failures.isEmpty()) {
            List<String> others = failures.stream().skip(1).map(e -> "tracker: " + e.getMessage()).toList();
            throw new TrackerException(failures.get(0).exitCode(), failures.get(0).getMessage(), others);
        }
    }

    /** The roadmaps named, or all; a name of a file the loader skipped is refused, saying why it was. */
    private List<Roadmap> chosen(SkillGraph graph, LoadedRoadmaps loaded) {
        if (names.get().isEmpty()) {
            return graph.roadmaps();
        }
        List<Roadmap> chosen = new ArrayList<>();
        for (String name : names.get()) {
            String fileName = Path.of(name).getFileName() == null ? name : Path.of(name).getFileName().toString();
            if (graph.findRoadmap(fileName).isEmpty()) {
                for (SkippedRoadmap skipped : loaded.skipped()) {
                    if (skipped.path().getFileName().toString().equals(fileName)) {
                        throw new TrackerException(skipped.badData() ? ExitCode.DATA_ERROR : ExitCode.NO_INPUT,
                                "cannot write marks into " + skipped.path() + ": the loader skipped it (" + skipped.reason()
                                + "); it was left untouched");
                    }
                }
            }
            Roadmap roadmap = Roadmaps.find(graph, fileName);
            if (!chosen.contains(roadmap)) {
                chosen.add(roadmap);
            }
        }
        return chosen;
    }

    private static MarkWrites writes(MarkWriting.Result result, int handedBack, int skipped) {
        List<MarkWrites.File> files = result.written().stream().map(w -> new MarkWrites.File(w.roadmap().file(),
                w.outcome().target(), w.outcome().symlink(), w.changes().size(), w.outcome().diff())).toList();
        return new MarkWrites(files, result.plain().stream().map(Roadmap::file).toList(), handedBack, skipped);
    }

    /** Clears the state's entries that the (new) marks of the written roadmaps say; how many. */
    private static int handBack(MarkWriting.Result result, Progress progress, ProgressEdit edit, Instant now) {
        int count = 0;
        for (MarkWriting.Written written : result.written()) {
            Map<String, SkillStatus> newMark = new HashMap<>();
            for (MarkChange change : written.changes()) {
                newMark.put(change.skill().id(), change.to());
            }
            for (Skill skill : written.roadmap().skills()) {
                SkillState state = progress.stateOf(skill.id());
                if (state != null && state.status() == newMark.getOrDefault(skill.id(), skill.markedStatus())) {
                    edit.handBack(skill, now);
                    count++;
                }
            }
        }
        return count;
    }
}
