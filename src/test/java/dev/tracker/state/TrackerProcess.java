package dev.tracker.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The tracker's {@code main} in a JVM of its own, started by bash, so that a test can use what a
 * user's shell does ({@code <(cat state.json)}, another user through setpriv, a small heap). The
 * script calls the tracker as the shell function {@code tracker}.
 */
final class TrackerProcess {
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    /** How it ended: the exit code, stdout and stderr apart. */
    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    private TrackerProcess() {
    }

    /** The tracker's command with these JVM flags and class path (the launcher's flags, the test's own class path by default). */
    static String command(String classPath, String... jvmFlags) {
        return "'" + JAVA + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData " + String.join(" ", jvmFlags)
                + " -cp '" + classPath + "' dev.tracker.app.Main";
    }

    static String command() {
        return command(System.getProperty("java.class.path"));
    }

    /** Runs {@code script} in {@code dir}, {@code tracker} in it being {@code command}; two minutes at most. */
    static Result bash(Path dir, String tracker, String script, Map<String, String> env) {
        try {
            Path out = Files.createTempFile(dir, "out", ".txt");
            Path err = Files.createTempFile(dir, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", "tracker() { " + tracker + " \"$@\"; }\n" + script).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("LANG", "C.UTF-8");
            builder.environment().put("TRACKER_CACHE", "off");
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("still running after two minutes: " + script);
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
