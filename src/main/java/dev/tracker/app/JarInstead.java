package dev.tracker.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A stale native binary's hand-over to the jar: the checkout's launcher run with
 * {@code TRACKER_NATIVE=0} and the same arguments, on the same terminal, and its exit code.
 * While it runs, this process only waits: Ctrl-C and Ctrl-\ reach the jar from the terminal
 * as they reach this process, so they are left to it (the shell and the picker survive a
 * Ctrl-C; the waiting binary must too, or it would leave the jar's shell orphaned on the
 * terminal); TERM and HUP, sent to this process alone, are passed on.
 */
final class JarInstead {
    private JarInstead() {
    }

    /** The launcher's exit code; -1 (this binary goes on, saying so) when it cannot be started. */
    static int run(Path home, String[] args, PrintStream err) {
        List<String> command = new ArrayList<>(List.of(home.resolve("tracker").toString()));
        command.addAll(List.of(args));
        ProcessBuilder launcher = new ProcessBuilder(command).inheritIO();
        launcher.environment().remove(NativeFreshness.HOME);
        launcher.environment().put("TRACKER_NATIVE", "0");
        Process jar;
        try {
            jar = launcher.start();
        } catch (IOException e) {
            err.println("tracker: the native binary is older than a source of " + home + " and cannot start its launcher ("
                    + e.getMessage() + "); running the binary as it is");
            return -1;
        }
        // handlers, not SIG_IGN: an ignored signal would stay ignored in the jar's JVM, which exec inherits
        Map<Signal, SignalHandler> before = new HashMap<>();
        for (String name : new String[] {"INT", "QUIT", "TERM", "HUP"}) {
            boolean passOn = name.equals("TERM") || name.equals("HUP");
            try {
                Signal signal = new Signal(name);
                before.put(signal, Signal.handle(signal, passOn ? caught -> jar.destroy() : caught -> { }));
            } catch (IllegalArgumentException e) {
                // a signal the runtime keeps for itself (a JVM's SIGQUIT) stays as it is
            }
        }
        try {
            while (true) {
                try {
                    return jar.waitFor();
                } catch (InterruptedException e) {
                    jar.destroy(); // nothing here interrupts; were it to, the jar must not outlive this wait
                }
            }
        } finally {
            before.forEach(Signal::handle);
        }
    }
}
