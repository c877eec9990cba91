package dev.tracker.docs;

import dev.tracker.testing.TrackerRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Every JSON output the README calls stable, one line each: the README's schema it follows (the
 * name in its {@code <!-- json-fields: NAME -->} markers), its golden file under
 * src/test/resources/golden/json/, and the command line. A new command joins with one line
 * ({@code output("stats", "stats", "stats --json")}); {@link JsonGoldenTest} then wants its golden
 * ({@code -Dgolden.update=true} writes it) and {@link JsonFieldsDocTest} the README's table of its fields.
 *
 * <p>Every output runs on the small roadmaps of src/test/resources/roadmaps/json, in a fresh
 * temporary folder, after the same {@link #SETUP} of changes, each a minute after the one before,
 * starting at {@link TrackerRunner#NOW}; the output itself runs ten minutes after {@link TrackerRunner#NOW}.
 */
final class JsonOutputs {
    /** The notes made after {@link #SETUP} for the outputs that show them ({@link #noted}); the others never see them. */
    static final List<String> NOTES = List.of(
            "note levels/interfaces/l2/mocking-with-interfaces practised in the shop service",
            "check levels/errors/l1/sentinel-errors --note errors.Is");

    static final List<JsonOutput> ALL = List.of(
            output("status", "status", "status --json"),
            output("status", "status-depth-2", "status --depth 2 --json"),
            output("next", "next", "next --json"),
            output("gaps", "gaps", "gaps --json"),
            output("list", "list", "list --json"),
            output("list", "list-todo-l1", "list --todo --level 1 --json"),
            output("show", "show-skill", "show levels/interfaces/l2/mocking-with-interfaces --json"),
            output("show", "show-section", "show levels/errors --json"),
            output("show", "show-roadmap", "show done --json"),
            output("search", "search", "search errors --json"),
            output("log", "log", "log --json"),
            output("undo", "undo", "undo --json"),
            output("review", "review-list", "review --list --json"),
            output("review-grade", "review-grade", "review levels/interfaces/l2/mocking-with-interfaces --grade good --json"),
            noted("context", "context", "context --format json"),
            noted("show", "show-skill-noted", "show levels/interfaces/l2/mocking-with-interfaces --json"),
            output("stats", "stats", "stats --json"));

    /** The changes made before each output: one of every kind, and an undo, so that log has both kinds of entry. */
    static final List<String> SETUP = List.of(
            "start levels/errors/l1/sentinel-errors",
            "check levels/interfaces/l2/mocking-with-interfaces",
            "skip days/day-2/benchmarks",
            "check days/day-1/morning/memory-allocation",
            "review levels/interfaces/l2/mocking-with-interfaces --grade hard",
            "undo");

    static final Path ROADMAPS = Path.of("src", "test", "resources", "roadmaps", "json");

    private JsonOutputs() {
    }

    /** One documented JSON output. */
    record JsonOutput(String schema, String golden, List<String> args, List<String> notes) {
        String goldenFile() {
            return "json/" + golden + ".json";
        }

        @Override
        public String toString() {
            return String.join(" ", args);
        }
    }

    static JsonOutput output(String schema, String golden, String commandLine) {
        return new JsonOutput(schema, golden, List.of(commandLine.split(" ")), List.of());
    }

    /** An output run after {@link #NOTES} too. */
    static JsonOutput noted(String schema, String golden, String commandLine) {
        return new JsonOutput(schema, golden, List.of(commandLine.split(" ")), NOTES);
    }

    /** A runner in {@code dir} on the JSON fixtures, after {@link #SETUP}, its clock at the output's time. */
    static TrackerRunner prepared(Path dir) {
        return prepared(dir, List.of());
    }

    /** The same, then {@code more} changes (an output's notes), still a minute apart. */
    static TrackerRunner prepared(Path dir, List<String> more) {
        TrackerRunner tracker = new TrackerRunner(dir).env("TRACKER_ROADMAPS", ROADMAPS.toAbsolutePath().toString());
        Instant at = TrackerRunner.NOW;
        for (String change : java.util.stream.Stream.concat(SETUP.stream(), more.stream()).toList()) {
            tracker.at(at).ok(change.split(" "));
            at = at.plus(Duration.ofMinutes(1));
        }
        return tracker.at(TrackerRunner.NOW.plus(Duration.ofMinutes(10)));
    }
}
