package dev.tracker.roadmap;

/**
 * A roadmap the parser will not read, and why: it is not text, it is larger or nested deeper
 * than a study plan ever is, or Flexmark would take too long on it. The reason is one line that
 * reads after "skipped FILE: ". Only the loader and the parser see it; callers outside this
 * package get a warning or a {@link dev.tracker.graph.TrackerException}.
 *
 * <p>A refusal is lasting when the same bytes would be refused again by this build (a check, the
 * file's own CPU deadline): the roadmap cache keeps it, so an unchanged file costs it once. A
 * passing one (the command's budget ran out, memory, a busy machine) is tried again next time.
 */
final class RoadmapRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean lasting;

    RoadmapRefused(String reason) {
        this(reason, null, true);
    }

    RoadmapRefused(String reason, Throwable cause) {
        this(reason, cause, true);
    }

    private RoadmapRefused(String reason, Throwable cause, boolean lasting) {
        super(reason, cause);
        this.lasting = lasting;
    }

    /** A refusal that says nothing about the file itself, so it is not remembered. */
    static RoadmapRefused passing(String reason) {
        return new RoadmapRefused(reason, null, false);
    }

    static RoadmapRefused passing(String reason, Throwable cause) {
        return new RoadmapRefused(reason, cause, false);
    }

    boolean lasting() {
        return lasting;
    }
}
