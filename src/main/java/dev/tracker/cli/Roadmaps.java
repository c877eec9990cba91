package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.TrackerException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds the roadmap a user named, or says which ones there are. */
final class Roadmaps {
    private Roadmaps() {
    }

    static Roadmap find(SkillGraph graph, String query) {
        return graph.findRoadmap(query).orElseThrow(() -> new TrackerException(ExitCode.FAILURE,
                "no roadmap '" + query + "'; the roadmaps are: " + ids(graph)));
    }

    /** The one roadmap whose id or file name starts with the query ("go-mastery"), if just one does. */
    static Optional<Roadmap> byPrefix(SkillGraph graph, String query) {
        String wanted = query.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<Roadmap> found = graph.roadmaps().stream().filter(r -> r.id().startsWith(wanted)
                || r.file().toLowerCase(Locale.ROOT).startsWith(wanted)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** "concurrency-god-mode, go-4-week-bootcamp, …": what an error about a roadmap names instead. */
    static String ids(SkillGraph graph) {
        return graph.roadmaps().stream().map(Roadmap::id).collect(Collectors.joining(", "));
    }
}
