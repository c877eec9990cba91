package dev.tracker.cli;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A note written in the user's editor, as git writes a commit message: $VISUAL, else $EDITOR,
 * run by the shell (so `code --wait` works) on a temporary file holding the text to edit;
 * the file is removed afterwards, whatever happens. Runs outside the state file's lock.
 */
final class NoteEditor {
    private NoteEditor() {
    }

    /** The text the user left in the file, without its trailing blank space. */
    static String edit(TrackerContext context, String initial) {
        String editor = editor(context);
        Path file = null;
        try {
            file = Files.createTempFile("tracker-note-", ".md");
            Files.writeString(file, initial.isEmpty() ? "" : initial + "\n", StandardCharsets.UTF_8);
            ProcessBuilder process = new ProcessBuilder("sh", "-c", editor + " \"$1\"", "sh", file.toString())
                    .directory(context.workingDir().toFile()).inheritIO();
            process.environment().putAll(context.env());
            int exit = process.start().waitFor();
            if (exit != 0) {
                throw new TrackerException(ExitCode.FAILURE, "the editor (" + editor + ") exited " + exit
                        + "; nothing was changed");
            }
            return Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot run the editor (" + editor + "): " + e.getMessage()
                    + "; nothing was changed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrackerException(ExitCode.FAILURE, "interrupted while the editor ran; nothing was changed");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temp file left in the system's temp folder harms nothing
                }
            }
        }
    }

    private static String editor(TrackerContext context) {
        for (String name : new String[] {"VISUAL", "EDITOR"}) {
            String value = context.env().getOrDefault(name, "").strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        throw new TrackerException(ExitCode.USAGE, "--edit opens $VISUAL or $EDITOR, and neither is set; set one "
                + "(export EDITOR=vi) or give the note's text: tracker note QUERY TEXT");
    }
}
