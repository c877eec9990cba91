package dev.tracker.roadmap;

/** Which build this is (Maven fills it in): a roadmap cache written by another build is not read. */
final class BuildStamp {
    private BuildStamp() {
    }

    /** A method, not a constant, so that no other class compiles an old stamp into itself. */
    static String value() {
        return "${project.version} ${tracker.buildTime}";
    }
}
