package dev.tracker.app;

import dev.tracker.cli.TrackerContext;
import dev.tracker.graph.ExitCode;
import dev.tracker.render.StyledWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** The entry point: real streams, environment and clock in; an exit code out. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int jarExit = NativeFreshness.runJarIfStale(args, System.getenv());
        System.exit(jarExit >= 0 ? jarExit : run(args));
    }

    static int run(String[] args) {
        return run(args, System.getenv(), Path.of("").toAbsolutePath());
    }

    /** As {@code main}, in the environment and folder given (the JVM's training run uses this). */
    static int run(String[] args, Map<String, String> env, Path workingDir) {
        // UTF-8 always: the tracker's symbols fall back to ASCII where the locale is not UTF-8
        StyledWriter out = new StyledWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        StyledWriter err = new StyledWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        TrackerContext context = new TrackerContext(outWriter, errWriter, env, workingDir,
                Clock.systemUTC(), System.console() != null, style -> {
                    out.style(style);
                    err.style(style);
                });
        int exitCode;
        try {
            exitCode = CommandLineFactory.createFor(context, args).execute(args);
        } catch (OutOfMemoryError e) {
            // what held the memory is unreachable now; nothing was written (a write is whole or not at all)
            errWriter.println(outOfMemoryLine(Runtime.getRuntime().maxMemory(), NativeFreshness.inNativeImage()));
            exitCode = ExitCode.OUT_OF_MEMORY;
        }
        outWriter.flush();
        errWriter.flush();
        return exitCode;
    }

    /** The native binary reads no JAVA_TOOL_OPTIONS: it takes -Xmx first on its own command line. */
    static String outOfMemoryLine(long maxHeapBytes, boolean nativeImage) {
        return "tracker: out of memory: the Java heap (" + maxHeapBytes / (1024 * 1024) + " MB) cannot hold this state file"
                + " or these roadmaps; nothing was changed; " + (nativeImage
                        ? "give the native binary more, e.g. tracker -Xmx1g COMMAND"
                        : "give the JVM more, e.g. JAVA_TOOL_OPTIONS=-Xmx1g");
    }
}
