package dev.tracker.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each key of a config file is set, found in its text line by line: a {@code [table]}
 * header prefixes the keys below it, {@code key = value} sets one. Not a TOML parser (the
 * library reads the values): it only finds lines, to name them in errors and to edit one
 * value in place keeping every other byte.
 */
final class ConfigLines {
    /** One {@code key = value} line: its full dotted key, where it is, and where its value starts. */
    record Assignment(String key, int line, int valueStart) {
    }

    private final List<String> lines;
    private final List<Assignment> assignments = new ArrayList<>();
    /** The line index of each table header, and of the first one. */
    private final List<String> tables = new ArrayList<>();
    private final List<Integer> tableLines = new ArrayList<>();

    ConfigLines(String text) {
        this.lines = List.of(text.split("\n", -1));
        String table = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("[") && !line.startsWith("[[")) {
                int end = line.indexOf(']');
                table = end < 0 ? "" : dotted(line.substring(1, end));
                tables.add(table);
                tableLines.add(i);
                continue;
            }
            int equals = keyEnd(line);
            if (equals > 0) {
                String key = dotted(line.substring(0, equals));
                int lead = lines.get(i).length() - lines.get(i).stripLeading().length();
                int valueStart = lead + equals + 1;
                assignments.add(new Assignment(table.isEmpty() ? key : table + "." + key, i, valueStart));
            }
        }
    }

    /** The text's lines (without their newlines). */
    List<String> lines() {
        return lines;
    }

    /** The first assignment of {@code key}, or of a key below it; null when the text sets none. */
    Assignment find(String key) {
        for (Assignment assignment : assignments) {
            if (assignment.key().equals(key) || assignment.key().startsWith(key + ".")) {
                return assignment;
            }
        }
        return null;
    }

    /** The assignment on the 1-based {@code line}, or null. */
    Assignment onLine(int line) {
        for (Assignment assignment : assignments) {
            if (assignment.line() + 1 == line) {
                return assignment;
            }
        }
        return null;
    }

    /** The second assignment of a key set twice, or null. */
    Assignment secondOfAKey() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Assignment assignment : assignments) {
            if (!seen.add(assignment.key())) {
                return assignment;
            }
        }
        return null;
    }

    /** The 1-based line that sets {@code key}, or 0 when no line can be told. */
    int lineOf(String key) {
        Assignment found = find(key);
        if (found != null) {
            return found.line() + 1;
        }
        int table = tables.indexOf(key);
        return table < 0 ? 0 : tableLines.get(table) + 1;
    }

    /** The index of the header line of table {@code name}, or -1. */
    int tableLine(String name) {
        int table = tables.indexOf(name);
        return table < 0 ? -1 : tableLines.get(table);
    }

    /** The index of the first table header (top-level keys go before it), or the number of lines. */
    int firstTableLine() {
        return tableLines.isEmpty() ? lines.size() : tableLines.get(0);
    }

    /** The last line of table {@code name} that is not blank nor a comment after its header. */
    int lastLineOfTable(int header) {
        int next = lines.size();
        for (int start : tableLines) {
            if (start > header) {
                next = start;
                break;
            }
        }
        int last = header;
        for (int i = header + 1; i < next; i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                last = i;
            }
        }
        return last;
    }

    /** Where the key of a {@code key = value} line ends (its '='), or -1; quoted keys keep their '='. */
    private static int keyEnd(String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return -1;
        }
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                return i;
            } else if (c == '#') {
                return -1;
            }
        }
        return -1;
    }

    /** "a . \"b\"" → "a.b": a key as the dotted name the tracker uses. */
    private static String dotted(String key) {
        StringBuilder out = new StringBuilder();
        for (String part : key.split("\\.", -1)) {
            String name = part.strip();
            if (name.length() >= 2 && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("'") && name.endsWith("'"))) {
                name = name.substring(1, name.length() - 1);
            }
            out.append(out.length() == 0 ? "" : ".").append(name);
        }
        return out.toString();
    }
}
