package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A {@link StateWriterProcess} in a JVM of its own, started with this JVM's class path and
 * flags that make start-up cheap (about 0.2 s here): the process-level tests start hundreds.
 * Its stdout and stderr are one stream.
 */
final class ChildJvm {
    /** The JUnit tag of the process-level tests: {@code mvn test -Dgroups=process} runs them alone. */
    static final String TAG = "process";
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    private final Process process;
    private final BufferedReader out;

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(String... args) {
        // -XX:-UsePerfData: no /tmp/hsperfdata file, whose lock a reused pid can find taken (the JVM
        // then prints a warning where the test reads the child's first line)
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), StateWriterProcess.class.getName()));
        command.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the child has started up and is about to do its work. */
    ChildJvm awaitReady() {
        try {
            String first = out.readLine();
            // the description is lazy: reading the rest waits for the child to end
            assertThat(first).as(() -> "the child's first line, then:\n" + rest()).isEqualTo("ready");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the child's next line, which must be this one. */
    ChildJvm awaitLine(String expected) {
        try {
            assertThat(out.readLine()).isEqualTo(expected);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the child to end (a minute at most, a guard against a hang) and returns its exit code. */
    int exitCode() {
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child ends").isTrue();
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL on Linux: no shutdown hook, no finally, no flush. */
    void kill() {
        process.destroyForcibly();
        exitCode();
    }

    /** For a test that failed half-way: ends the child if it still runs, and waits for nothing. */
    void killIfAlive() {
        process.destroyForcibly();
    }

    long pid() {
        return process.pid();
    }

    /** What the child printed after "ready"; only once it has ended. */
    String rest() {
        return out.lines().collect(Collectors.joining("\n"));
    }
}
