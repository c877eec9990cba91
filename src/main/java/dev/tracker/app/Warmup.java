package dev.tracker.app;

import dev.tracker.cli.Commands;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run for the JVM's class-data archive (JDK 17: AppCDS; JDK 25: the AOT cache),
 * which the launcher makes once per build: the everyday commands, run in this one JVM through
 * {@link Main} itself, on the bundled roadmaps, a throwaway state file and cache, output
 * discarded. Whatever they load and link is what the archive holds for later runs.
 */
public final class Warmup {
    private Warmup() {
    }

    /** With a folder, works there and leaves it (a second run then finds the roadmap cache made by the first). */
    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            run(Files.createDirectories(Path.of(args[0])));
            return;
        }
        Path dir = Files.createTempDirectory("tracker-warmup");
        try {
            run(dir);
        } finally {
            delete(dir);
        }
    }

    /** Runs the workload in {@code dir}; the exit code of each command, in order. */
    static List<Integer> run(Path dir) throws IOException {
        List<Integer> exitCodes = new ArrayList<>();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8");
        System.setOut(nowhere);
        System.setErr(nowhere);
        try {
            Map<String, String> env = Map.of("TRACKER_STATE", dir.resolve("state.json").toString(),
                    "TRACKER_CACHE", dir.resolve("cache").toString(), "HOME", dir.toString());
            // a config file, as a user's runs read one (its key is the default): its reader is in the archive too
            Path config = Files.createDirectories(dir.resolve(".config").resolve("tracker")).resolve("config.toml");
            if (!Files.exists(config)) {
                Files.writeString(config, "# written by the JVM's training run\nnext.count = 5\n");
            }
            // the first run parses the roadmaps; every later one reads them from the cache, as most runs do
            exitCodes.add(Main.run(new String[] {"status"}, env, dir));
            for (Commands command : Commands.values()) {
                for (String line : command.warmup()) {
                    exitCodes.add(Main.run(line.split(" "), env, dir));
                }
            }
            exitCodes.add(Main.run(new String[] {"--help"}, env, dir));
            dev.tracker.state.SnapshotRehearsal.run(dir); // what a command on a long history loads besides
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return exitCodes;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
