package dev.tracker.cli;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The write-through of check, uncheck, start, skip and undo ({@link WriteMarksSetting}): once
 * the state is written, and still under its lock, the changed skills' marks are written into
 * their roadmaps as write-marks writes them. A mark that cannot be written leaves the state's
 * change as it is; each such file is one warning line.
 */
final class WriteThrough {
    /** The warnings to print, one line each, and the marks written (by skill id). */
    record Outcome(List<String> warnings, Map<String, SkillStatus> written) {
        static final Outcome NONE = new Outcome(List.of(), Map.of());
    }

    private WriteThrough() {
    }

    /** Writes the mark {@code wanted} gives each skill. */
    static Outcome write(Workspace workspace, SkillGraph graph, Map<Skill, SkillStatus> wanted) {
        Set<Roadmap> roadmaps = new LinkedHashSet<>();
        for (Map.Entry<Skill, SkillStatus> entry : wanted.entrySet()) {
            if (entry.getKey().markedStatus() != entry.getValue()) {
                graph.findRoadmap(entry.getKey().roadmapId()).ifPresent(roadmaps::add);
            }
        }
        if (roadmaps.isEmpty()) {
            return Outcome.NONE;
        }
        MarkWriting.Result result = MarkWriting.write(workspace.loaded(), workspace.roadmapsLocation(),
                new ArrayList<>(roadmaps), wanted::containsKey, wanted::get, false);
        List<String> warnings = new ArrayList<>();
        for (Roadmap plain : result.plain()) {
            warnings.add(plain.file() + " is a plan of plain bullets: it has no marks to write; the state file has the change");
        }
        for (TrackerException failure : result.failures()) {
            warnings.add(failure.getMessage() + "; the state file has the change");
        }
        Map<String, SkillStatus> written = new HashMap<>();
        result.written().forEach(w -> w.changes().forEach(c -> written.put(c.skill().id(), c.to())));
        return new Outcome(warnings, written);
    }

    /** The graph as the roadmaps read once {@code marks} are written: for showing a change as the next run will. */
    static SkillGraph withMarks(SkillGraph graph, Map<String, SkillStatus> marks) {
        if (marks.isEmpty()) {
            return graph;
        }
        List<Roadmap> roadmaps = new ArrayList<>();
        for (Roadmap r : graph.roadmaps()) {
            List<Skill> skills = r.skills().stream().map(s -> !marks.containsKey(s.id()) ? s : new Skill(s.id(), s.roadmapId(),
                    s.sectionId(), s.parentSkillId(), s.title(), s.level(), marks.get(s.id()), s.line(), s.markOffset())).toList();
            roadmaps.add(new Roadmap(r.id(), r.file(), r.title(), r.sections(), skills, r.hints(), r.plain(), r.levelNames(),
                    r.notices()));
        }
        return new SkillGraph(roadmaps);
    }
}
