package dev.tracker.config;

import dev.tracker.files.DurableFile;
import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code tracker config KEY VALUE}: sets one key by editing its line as text, so that every
 * comment, blank line and other key stays as the user wrote it. The new text is read back as
 * a whole config before it is written (a temp file beside it, forced to disk, renamed over),
 * so an edit never leaves a file that would stop the next command.
 */
public final class ConfigEditor {
    /** The first lines of a config file the tracker creates. */
    static final String HEADER = "# tracker's settings: `tracker config` shows them, `tracker config KEY VALUE` sets one.\n"
            + "# Flags and environment variables override what is here (README: Configuration).\n";

    private ConfigEditor() {
    }

    /** The TOML value {@code words} give {@code key}: checked as the reader checks it (a refusal: exit 2). */
    public static String literal(ConfigKey key, List<String> words) {
        Object raw;
        if (key == ConfigKey.ROADMAPS && words.size() > 1) {
            raw = List.copyOf(words);
        } else if (words.size() != 1) {
            throw new TrackerException(ExitCode.USAGE, "'" + key.key() + "' takes one value: " + key.wants());
        } else {
            raw = typed(key, words.get(0));
        }
        Object checked = key.check(raw);
        if (checked == null) {
            throw new TrackerException(ExitCode.USAGE, "'" + key.key() + "' wants " + key.wants() + ", not '"
                    + String.join(" ", words) + "'");
        }
        if (key == ConfigKey.WEEK_START) {
            raw = checked; // written as it reads back: "Friday" is "friday"
        }
        if (raw instanceof List) {
            List<String> items = new ArrayList<>();
            for (Object item : (List<?>) raw) {
                items.add(quoted((String) item));
            }
            return "[" + String.join(", ", items) + "]";
        }
        return raw instanceof String ? quoted((String) raw) : String.valueOf(raw);
    }

    /** A new config file: the header, {@code roadmaps} set, every other key commented out at its default. */
    public static String template(String roadmapsLiteral) {
        return HEADER + "\n"
                + "roadmaps = " + roadmapsLiteral + "        # a folder or file, or a list: [\"~/a\", \"~/b/plan.md\"]\n"
                + "# recursive = false          # true: the folders' subfolders too\n"
                + "# state = \"~/.local/share/tracker/state.json\"\n"
                + "# color = \"auto\"             # auto, always or never\n"
                + "# ascii = false\n"
                + "# next.count = 5\n"
                + "# review.retention = 0.9\n"
                + "# write-marks = false        # true: each change writes its mark into the markdown too\n"
                + "# week-start = \"monday\"\n";
    }

    /** Writes {@code text} as a new config file (checked first as the reader reads it). */
    public static void create(Path file, String text) {
        ConfigFile.parse(file, text);
        try {
            write(file, text);
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot write config file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Sets {@code key} to the TOML {@code literal} in {@code file} (created when missing); returns the new text. */
    public static String set(Path file, ConfigKey key, String literal) {
        try {
            String before = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            String after = edited(before == null ? HEADER : before, key, literal);
            if (before == null || readsWhole(file, before)) {
                ConfigFile.parse(file, after); // the whole file, as the next command will read it
            } // else a file that did not read before: the edit is written, and mends at least this line
            write(file, after);
            return after;
        } catch (IOException e) {
            throw new TrackerException(ExitCode.IO_ERROR, "cannot write config file " + file + ": " + e.getMessage()
                    + "; it is unchanged", e);
        }
    }

    private static boolean readsWhole(Path file, String text) {
        try {
            ConfigFile.parse(file, text);
            return true;
        } catch (TrackerException e) {
            return false;
        }
    }

    /** {@code text} with {@code key} set to {@code literal}: its line edited in place, else a line added. */
    static String edited(String text, ConfigKey key, String literal) {
        ConfigLines lines = new ConfigLines(text);
        List<String> out = new ArrayList<>(lines.lines());
        ConfigLines.Assignment found = lines.find(key.key());
        if (found != null && found.key().equals(key.key())) {
            String line = out.get(found.line());
            int end = valueEnd(line, found.valueStart(), out, found.line());
            String tail = end < 0 ? "" : line.substring(end);
            // a value spread over lines (an array) becomes one line; the lines it took go
            int last = end < 0 ? lastLineOfValue(out, found.line()) : found.line();
            String rest = end < 0 ? out.get(last).substring(out.get(last).indexOf(']') + 1) : tail;
            out.set(found.line(), line.substring(0, found.valueStart()) + " " + literal + rest);
            for (int i = last; i > found.line(); i--) {
                out.remove(i);
            }
            return String.join("\n", out);
        }
        int dot = key.key().indexOf('.');
        String table = dot < 0 ? "" : key.key().substring(0, dot);
        int header = table.isEmpty() ? -1 : lines.tableLine(table);
        if (header >= 0) {
            out.add(lines.lastLineOfTable(header) + 1, key.key().substring(dot + 1) + " = " + literal);
        } else {
            // a top-level key goes before the first [table], or it would belong to that table
            // after the last key or comment there, so that a blank line before the table stays where it was
            int at = lines.firstTableLine();
            while (at > 0 && out.get(at - 1).isBlank()) {
                at--;
            }
            out.add(at, key.key() + " = " + literal);
        }
        String joined = String.join("\n", out);
        return joined.endsWith("\n") ? joined : joined + "\n";
    }

    /** Where the value starting at {@code start} ends on its line (before spaces and a comment); -1 when it goes on below. */
    private static int valueEnd(String line, int start, List<String> lines, int index) {
        int i = start;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i < line.length() && line.charAt(i) == '[') {
            int depth = 0;
            char quote = 0;
            for (; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == '\\' && quote == '"') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    return i + 1;
                }
            }
            return -1;
        }
        if (i < line.length() && (line.charAt(i) == '"' || line.charAt(i) == '\'')) {
            char quote = line.charAt(i);
            for (int j = i + 1; j < line.length(); j++) {
                if (line.charAt(j) == '\\' && quote == '"') {
                    j++;
                } else if (line.charAt(j) == quote) {
                    return j + 1;
                }
            }
            return line.length();
        }
        int hash = line.indexOf('#', i);
        int end = hash < 0 ? line.length() : hash;
        while (end > i && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The line that closes an array begun on line {@code first}. */
    private static int lastLineOfValue(List<String> lines, int first) {
        for (int i = first + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            if ((hash < 0 ? line : line.substring(0, hash)).contains("]")) {
                return i;
            }
        }
        return lines.size() - 1;
    }

    private static Object typed(ConfigKey key, String word) {
        if (key.textual()) {
            return word;
        }
        String lower = word.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return Boolean.valueOf(lower);
        }
        try {
            return Long.valueOf(lower);
        } catch (NumberFormatException e) {
            try {
                return Double.valueOf(lower);
            } catch (NumberFormatException notANumber) {
                return word;
            }
        }
    }

    /** A TOML basic string. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * Atomically: a temp file beside it, forced to disk, renamed over it; the old file's mode is
     * kept. A config that is a link (into a dotfiles checkout) stays one: the file it points to is
     * written, not the link replaced.
     */
    static void write(Path link, String text) throws IOException {
        Path file = link;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(file); hops++) {
            file = file.toAbsolutePath().resolveSibling(Files.readSymbolicLink(file));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path target = file;
        Path temp = DurableFile.temp(file.toAbsolutePath().getParent(), ".config.toml.",
                DurableFile.bytes(text.getBytes(StandardCharsets.UTF_8)), written -> {
                    if (Files.exists(target)) {
                        try {
                            Files.setPosixFilePermissions(written, Files.getPosixFilePermissions(target));
                        } catch (UnsupportedOperationException e) {
                            // no modes on this file system
                        }
                    }
                });
        try {
            DurableFile.moveInto(temp, file);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            DurableFile.deleteQuietly(temp);
        }
    }
}
