package dev.tracker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.app.CommandLineFactory;
import dev.tracker.cli.TrackerCommand;
import dev.tracker.cli.TrackerContext;
import dev.tracker.render.StyledWriter;
import dev.tracker.shell.Picker;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the tracker as `main` would, but in a temporary folder: captured stdout and stderr,
 * a fixed clock, and an environment of its own (nothing of the real one, so neither the real
 * HOME nor a real state file is ever touched). Each {@link #run} builds a fresh command tree as main
 * does, with only the subcommand the arguments name where that is certain.
 *
 * <pre>
 * tmp/roadmaps/      fixture roadmaps ($TRACKER_ROADMAPS, also ./roadmaps)
 * tmp/state.json     the state file ($TRACKER_STATE)
 * tmp/home/          $HOME
 * tmp/data/          $XDG_DATA_HOME
 * </pre>
 */
public final class TrackerRunner {
    /** The time every change made through the runner is stamped with. */
    public static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    public static final int COLUMNS = 80;

    /** One finished command: its exit code and everything it printed. */
    public record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    private final Path dir;
    private final Map<String, String> env = new LinkedHashMap<>();
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private boolean styled;

    public TrackerRunner(Path tempDir) {
        this.dir = tempDir.toAbsolutePath();
        env.put("HOME", dir.resolve("home").toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("TRACKER_STATE", stateFile().toString());
        env.put("TRACKER_ROADMAPS", roadmapsDir().toString());
        env.put("COLUMNS", String.valueOf(COLUMNS));
        env.put("TZ", "UTC"); // days (stats, --at DAY) in a zone of the test's, not the machine's
    }

    /**
     * The frozen copies of the five roadmaps the project shipped when the tests were written
     * (src/test/resources/roadmaps/five): tests read these, never the user's own roadmaps/, which
     * the user may edit at any time. Only {@code BundledSetTest} reads roadmaps/.
     */
    public static Path fixtureRoadmaps() {
        return Path.of(System.getProperty("tracker.fixtureRoadmaps", "src/test/resources/roadmaps/five"));
    }

    /** The roadmaps/ folder the jar bundles; for {@code BundledSetTest} alone. */
    public static Path bundledRoadmapsFolder() {
        return Path.of(System.getProperty("tracker.bundledRoadmaps", "roadmaps"));
    }

    /** Writes a fixture roadmap into {@code tmp/roadmaps/}. */
    public TrackerRunner roadmap(String fileName, String markdown) {
        return roadmapBytes(fileName, markdown.getBytes(StandardCharsets.UTF_8));
    }

    public TrackerRunner roadmapBytes(String fileName, byte[] bytes) {
        try {
            Files.createDirectories(roadmapsDir());
            Files.write(roadmapsDir().resolve(fileName), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Reads the roadmaps from the frozen five ({@link #fixtureRoadmaps}) instead of {@code tmp/roadmaps/}. */
    public TrackerRunner useFixtureRoadmaps() {
        return env("TRACKER_ROADMAPS", fixtureRoadmaps().toString());
    }

    /** The old name of {@link #useFixtureRoadmaps}, kept for HelpTest until its rewrite. */
    public TrackerRunner useProjectRoadmaps() {
        return useFixtureRoadmaps();
    }

    /** Stamps the runs that follow with this time instead of {@link #NOW}. */
    public TrackerRunner at(Instant time) {
        return clock(Clock.fixed(time, ZoneOffset.UTC));
    }

    /** Runs the commands that follow with this clock (one that moves, say). */
    public TrackerRunner clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /**
     * Restyles the output as {@code main} does (ASCII stand-ins where the locale is not UTF-8 or
     * with {@code --ascii}; colour when asked for): what a user sees. Without it, output is as rendered.
     */
    public TrackerRunner styledAsMain() {
        this.styled = true;
        return this;
    }

    /** Sets an environment variable, or removes it when the value is null. */
    public TrackerRunner env(String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    /** Runs a command that must succeed quietly: exit 0, nothing on stderr. */
    public Run ok(String... args) {
        Run run = run(args);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        return run;
    }

    /** Runs a command that must fail with this exit code, print nothing on stdout, and explain itself on stderr. */
    public Run fails(int exit, String... args) {
        Run run = run(args);
        assertThat(run.exit()).as(run.toString()).isEqualTo(exit);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("tracker: ");
        return run;
    }

    public Run run(String... args) {
        return runPicking(null, args);
    }

    /** Runs a command whose ambiguous queries are answered by {@code picker} (null: no terminal, as in a pipe). */
    public Run runPicking(Picker picker, String... args) {
        return runAsking(picker, null, args);
    }

    /** Runs a command whose questions ({@code tracker init}) are answered by {@code answers}: question in, answer out. */
    public Run runAnswering(java.util.function.UnaryOperator<String> answers, String... args) {
        return runAsking(null, answers, args);
    }

    private Run runAsking(Picker picker, java.util.function.UnaryOperator<String> answers, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // through the writer main uses, which makes every line printable
        StyledWriter styledOut = new StyledWriter(out);
        StyledWriter styledErr = new StyledWriter(err);
        try (PrintWriter outWriter = new PrintWriter(styledOut, true);
                PrintWriter errWriter = new PrintWriter(styledErr, true)) {
            TrackerContext context = !styled ? context(outWriter, errWriter) : new TrackerContext(outWriter, errWriter, env, dir,
                    clock, false, style -> {
                        styledOut.style(style);
                        styledErr.style(style);
                    });
            CommandLine tree = CommandLineFactory.createFor(context, args);
            if (picker != null) {
                ((TrackerCommand) tree.getCommand()).interaction().usePicker(picker);
            }
            if (answers != null) {
                ((TrackerCommand) tree.getCommand()).interaction().useAnswers(answers);
            }
            int exit = tree.execute(args);
            outWriter.flush();
            errWriter.flush();
            return new Run(exit, out.toString(), err.toString());
        }
    }

    /** The context every run gets: these streams, this runner's environment and folder, its fixed clock. */
    public TrackerContext context(PrintWriter out, PrintWriter err) {
        return new TrackerContext(out, err, env, dir, clock);
    }

    public Path dir() {
        return dir;
    }

    public Path roadmapsDir() {
        return dir.resolve("roadmaps");
    }

    /** Where the config file is read: $HOME/.config/tracker/config.toml (no $XDG_CONFIG_HOME is set). */
    public Path configFile() {
        return dir.resolve("home/.config/tracker/config.toml");
    }

    /** Writes the config file. */
    public TrackerRunner config(String toml) {
        try {
            Files.createDirectories(configFile().getParent());
            Files.writeString(configFile(), toml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path stateFile() {
        return dir.resolve("state.json");
    }

    /** The state file's text, or null when there is none. */
    public String stateText() {
        try {
            return Files.exists(stateFile()) ? Files.readString(stateFile()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
