package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import dev.tracker.roadmap.LoadedRoadmaps;
import dev.tracker.roadmap.MarkChange;
import dev.tracker.roadmap.MarkFileWriter;
import dev.tracker.roadmap.RoadmapFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Marks written into the roadmap files, one file at a time (each whole or not at all): what
 * write-marks and the write-through of check, uncheck, start, skip and undo share. A roadmap
 * of plain bullets has no marks and is left alone; the bundled set cannot be written.
 */
final class MarkWriting {
    /** A file written (or, in a dry run, that would be), with the marks changed in it. */
    record Written(Roadmap roadmap, MarkFileWriter.Outcome outcome, List<MarkChange> changes) {
    }

    /** Per roadmap asked for: written, plain (no marks), or one failure line. */
    record Result(List<Written> written, List<Roadmap> plain, List<TrackerException> failures) {
    }

    private MarkWriting() {
    }

    /**
     * Writes, for every skill of {@code roadmaps} that {@code only} accepts, the mark of the
     * status {@code wanted} gives it where that differs from its mark. {@code location} null: the bundled set.
     */
    static Result write(LoadedRoadmaps loaded, Path location, List<Roadmap> roadmaps, Predicate<Skill> only,
                        Function<Skill, SkillStatus> wanted, boolean dryRun) {
        List<Written> written = new ArrayList<>();
        List<Roadmap> plain = new ArrayList<>();
        List<TrackerException> failures = new ArrayList<>();
        for (Roadmap roadmap : roadmaps) {
            if (roadmap.plain()) {
                plain.add(roadmap);
                continue;
            }
            Optional<RoadmapFile> file = location == null ? Optional.empty() : loaded.fileOf(roadmap.id());
            if (file.isEmpty()) {
                failures.add(new TrackerException(ExitCode.USAGE, "cannot write " + roadmap.file() + ": it is one of the"
                        + " roadmaps bundled in the jar; copy them into a folder and give it to --roadmaps or $TRACKER_ROADMAPS"));
                continue;
            }
            List<MarkChange> changes = new ArrayList<>();
            for (Skill skill : roadmap.skills()) {
                SkillStatus to = only.test(skill) ? wanted.apply(skill) : skill.markedStatus();
                if (to != skill.markedStatus() && skill.markOffset() >= 0) {
                    changes.add(new MarkChange(skill, to));
                }
            }
            if (changes.isEmpty()) { // nothing to write: the file is not even opened
                written.add(new Written(roadmap, new MarkFileWriter.Outcome(file.get().path(), false, ""), changes));
                continue;
            }
            try {
                written.add(new Written(roadmap, MarkFileWriter.write(file.get(), changes, dryRun), changes));
            } catch (TrackerException e) {
                failures.add(e);
            }
        }
        return new Result(written, plain, failures);
    }
}
