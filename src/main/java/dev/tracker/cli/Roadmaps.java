package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import java.util.stream.Collectors;

/** Finds the roadmap a user named, or says which ones there are. */
final class Roadmaps {
    private Roadmaps() {
    }

    static Roadmap find(SkillGraph graph, String query) {
        return graph.findRoadmap(query).orElseThrow(() -> new TrackerException(ExitCode.FAILURE,
                "no roadmap '" + query + "'; the roadmaps are: " + ids(graph)));
    }

    /** "concurrency-god-mode, go-4-week-bootcamp, …": what an error about a roadmap names instead. */
    static String ids(SkillGraph graph) {
        return graph.roadmaps().stream().map(Roadmap::id).collect(Collectors.joining(", "));
    }
}
