package dev.tracker.roadmap;

/**
 * A roadmap the parser will not read, and why: it is not text, it is larger or nested deeper
 * than a study plan ever is, or Flexmark would take too long on it. The reason is one line that
 * reads after "skipped FILE: ". Only the loader and the parser see it; callers outside this
 * package get a warning or a {@link dev.tracker.graph.TrackerException}.
 */
final class RoadmapRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RoadmapRefused(String reason) {
        super(reason);
    }

    RoadmapRefused(String reason, Throwable cause) {
        super(reason, cause);
    }
}
