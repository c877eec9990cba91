package dev.tracker.cli;

import java.util.List;

/** The roadmap lines doctor asks the user to look at: mojibake the tracker could not repair. */
final class RoadmapChecks {
    private RoadmapChecks() {
    }

    static List<String> suspects(Workspace workspace) {
        return List.of();
    }
}
