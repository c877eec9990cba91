package dev.tracker.report;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.SkillGraph;
import dev.tracker.state.Progress;
import java.util.ArrayList;
import java.util.List;

/** Where the user stands: per roadmap, and per section down to a depth. */
public final class StatusReport {
    /** One section's line of the report; depth 1 is a roadmap's top level. */
    public record SectionStatus(Section section, Counts counts) {
    }

    public record RoadmapStatus(Roadmap roadmap, Counts counts, List<SectionStatus> sections) {
    }

    public record Result(List<RoadmapStatus> roadmaps) {
    }

    private StatusReport() {
    }

    /**
     * @param roadmaps the roadmaps to report, in order
     * @param depth    how deep to list sections (0: roadmaps only); empty sections are left out
     */
    public static Result of(SkillGraph graph, Progress progress, List<Roadmap> roadmaps, int depth) {
        List<RoadmapStatus> lines = new ArrayList<>();
        for (Roadmap roadmap : roadmaps) {
            List<SectionStatus> sections = new ArrayList<>();
            for (Section section : roadmap.sections()) {
                Counts counts = Counts.of(graph.skillsUnder(section.id()), progress);
                if (section.depth() <= depth && counts.total() > 0) {
                    sections.add(new SectionStatus(section, counts));
                }
            }
            lines.add(new RoadmapStatus(roadmap, Counts.of(roadmap.skills(), progress), sections));
        }
        return new Result(lines);
    }

    /**
     * One section of a roadmap: the roadmap's line, then the section and the sections inside it
     * down to {@code depth} levels below it.
     */
    public static Result ofSection(SkillGraph graph, Progress progress, Roadmap roadmap, Section section, int depth) {
        List<SectionStatus> sections = new ArrayList<>();
        for (Section candidate : roadmap.sections()) {
            boolean inside = candidate.id().equals(section.id()) || candidate.id().startsWith(section.id() + "/")
                    && candidate.depth() <= section.depth() + depth;
            Counts counts = Counts.of(graph.skillsUnder(candidate.id()), progress);
            if (inside && counts.total() > 0) {
                sections.add(new SectionStatus(candidate, counts));
            }
        }
        return new Result(List.of(new RoadmapStatus(roadmap, Counts.of(roadmap.skills(), progress), sections)));
    }
}
