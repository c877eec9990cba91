package dev.tracker.app;

import dev.tracker.cli.Commands;
import java.util.Set;

/**
 * Finds the subcommand a command line runs, for {@link CommandLineFactory#createFor}, without
 * picocli. It answers only when the answer is certain: the words before the command are
 * TrackerCommand's own global options, with values picocli accepts, and the command needs no
 * other. Anything else (help, version, an unknown word, an {@code @file}) gets null, and with
 * it the whole tree, so picocli itself decides and reports exactly as before.
 */
final class CommandScan {
    /** TrackerCommand's options; CommandScanTest keeps these in step with it. */
    static final Set<String> FLAGS = Set.of("--debug", "--no-color", "--ascii");
    static final Set<String> VALUED = Set.of("--state", "--roadmaps", "--color");
    private CommandScan() {
    }

    /** The one subcommand {@code args} run, or null when the whole tree is needed. */
    static Commands soleCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("@")) {
                return null; // picocli reads arguments from that file
            }
            if (FLAGS.contains(arg)) {
                continue;
            }
            int equals = arg.indexOf('=');
            if (VALUED.contains(equals > 0 ? arg.substring(0, equals) : arg)) {
                String value = equals > 0 ? arg.substring(equals + 1) : ++i < args.length ? args[i] : null;
                if (value == null || !acceptedValue(value)) {
                    return null;
                }
                continue;
            }
            Commands command = Commands.named(arg);
            return command != null && !command.needsTree() ? command : null;
        }
        return null; // no command: the root runs status, or opens the shell
    }

    /**
     * Picocli refuses a value that is a command's name (even as {@code --state=status}) or looks
     * like an option, and the usage error it prints lists every command.
     */
    private static boolean acceptedValue(String value) {
        return !value.startsWith("-") && !value.startsWith("@") && Commands.named(value) == null;
    }
}
