package dev.tracker.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs a system command (mount, chattr) for a test, and tells how it went rather than throwing. */
final class Shell {
    private Shell() {
    }

    /** The exit code and everything it printed; 127 when the command does not exist. */
    record Result(int exit, String output) {
    }

    static Result run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, String.join(" ", command) + " did not end");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(127, String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted running " + String.join(" ", command), e));
        }
    }
}
