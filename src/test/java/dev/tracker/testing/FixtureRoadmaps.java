package dev.tracker.testing;

import java.nio.file.Path;

/** Small roadmaps whose counts are easy to work out by hand. */
public final class FixtureRoadmaps {
    /**
     * 7 skills: 2 done (variables, mocking), 1 in progress (functions). Interfaces holds two
     * levels of two skills each; Resources holds no skill, so status leaves it out.
     */
    public static final String ALPHA = """
            # Alpha Plan

            ## Basics

            - [x] Variables and types
            - [ ] Control flow
            - [/] Functions

            ## Interfaces

            ### L1: Junior

            - [ ] Define an interface
            - [ ] Implicit satisfaction

            ### L2: Senior

            - [x] Mocking with interfaces
            - [ ] Embedding interfaces

            ## Resources

            Read the spec, then Effective Go.
            """;

    /** 3 skills: 1 done, 1 skipped, 1 open. */
    public static final String BETA = """
            # Beta Notes

            ## Only

            - [ ] One thing
            - [x] Another thing
            - [-] Skipped thing
            """;

    public static final String DEFINE = "alpha/interfaces/l1/define-an-interface";
    public static final String IMPLICIT = "alpha/interfaces/l1/implicit-satisfaction";
    public static final String MOCKING = "alpha/interfaces/l2/mocking-with-interfaces";
    public static final String EMBEDDING = "alpha/interfaces/l2/embedding-interfaces";
    public static final String CONTROL_FLOW = "alpha/basics/control-flow";

    private FixtureRoadmaps() {
    }

    /** A runner with alpha.md and beta.md in its roadmaps folder. */
    public static TrackerRunner both(Path tempDir) {
        return new TrackerRunner(tempDir).roadmap("alpha.md", ALPHA).roadmap("beta.md", BETA);
    }
}
