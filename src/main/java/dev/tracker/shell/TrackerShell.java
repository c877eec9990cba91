package dev.tracker.shell;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import dev.tracker.render.Printable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive shell: a JLine prompt that runs every tracker command in this one JVM. Tab
 * completes (fuzzily), Up and Down walk the history kept across sessions, Ctrl-C drops the
 * line being typed, and Ctrl-D on an empty line or {@code exit}/{@code quit} leaves
 * ({@code help} is a tracker command like any other). Like sh, it ends with the exit code of
 * the last command it ran, so that {@code tracker shell < commands.txt} can fail a script.
 */
public final class TrackerShell {
    static final String PROMPT = "tracker> ";
    static final String GREETING = "tracker shell: Tab completes, `help` lists the commands, Ctrl-D or `exit` leaves.";

    private final Terminal terminal;
    private final ShellSession session;

    public TrackerShell(Terminal terminal, ShellSession session) {
        this.terminal = terminal;
        this.session = session;
    }

    /** Opens the shell on the process's own terminal; when stdin is a pipe, runs the lines it holds. */
    public static int openOnSystemTerminal(ShellSession session) {
        try (Terminal terminal = TerminalBuilder.builder().name("tracker").system(true).dumb(true).build()) {
            // Ctrl-C while a command runs must not end the shell; readLine and the picker take it themselves
            terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_IGN);
            return new TrackerShell(terminal, session).run();
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "the shell cannot use this terminal: " + e.getMessage());
        }
    }

    public int run() {
        LineReader reader = reader();
        int lastExit = 0;
        Picker picker = session.interactive() ? new TerminalPicker(terminal) : Picker.NO_TERMINAL;
        if (session.interactive()) {
            terminal.writer().println(GREETING);
            terminal.flush();
        }
        while (true) {
            try {
                reader.readLine(session.interactive() ? PROMPT : "");
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return lastExit;
            }
            List<String> words = new ArrayList<>(reader.getParsedLine().words());
            words.removeIf(String::isEmpty);
            if (words.isEmpty()) {
                continue;
            }
            // the width now, so that a resized window lays out as a fresh `tracker` would
            int columns = session.interactive() ? terminal.getWidth() : 0;
            switch (words.get(0)) {
                case "exit", "quit" -> {
                    return lastExit;
                }
                default -> lastExit = session.commands().run(words, picker, columns);
            }
        }
    }

    private LineReader reader() {
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("tracker")
                .completer(new ShellCompleter(session.completions()))
                .completionMatcher(new PrefilteredMatcher())
                // `!` is text in a query (`search C++!`), not a history event
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        Path history = session.interactive() && session.historyFile() != null
                ? writableHistory(session.historyFile()) : null;
        if (history != null) {
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        return builder.build();
    }

    /** The history file, created readable by its owner only (it holds what was typed); null when it cannot be written. */
    private Path writableHistory(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                try {
                    Files.createFile(file,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(file);
                }
            }
            if (Files.isWritable(file)) {
                return file;
            }
        } catch (IOException e) {
            // reported below, as for a file that exists but cannot be written
        }
        terminal.writer().println("tracker: warning: no history this time: " + Printable.of(file.toString())
                + " cannot be written");
        return null;
    }
}
