package dev.tracker.app;

import dev.tracker.cli.TrackerContext;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/** The entry point: real streams, environment and clock in; an exit code out. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Charset charset = StandardCharsets.UTF_8;
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
        TrackerContext context = new TrackerContext(out, err, System.getenv(), Path.of("").toAbsolutePath(),
                Clock.systemUTC());
        int exitCode = CommandLineFactory.create(context).execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }
}
