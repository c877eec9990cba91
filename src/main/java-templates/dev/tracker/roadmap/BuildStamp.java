package dev.tracker.roadmap;

/** Which build this is (Maven fills it in): a cache (of roadmaps, of the config) written by another build is not read. */
public final class BuildStamp {
    private BuildStamp() {
    }

    /** A method, not a constant, so that no other class compiles an old stamp into itself. */
    public static String value() {
        return "${project.version} ${tracker.buildTime}";
    }
}
