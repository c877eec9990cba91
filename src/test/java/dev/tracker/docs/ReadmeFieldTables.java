package dev.tracker.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's tables of JSON fields: each follows a {@code <!-- json-fields: status -->} line
 * naming the outputs it describes. A field is a backquoted name in the table's first column:
 * {@code id}, a path ({@code sections[].depth}, {@code skill.marked}), or a pattern where
 * {@code <n>} stands for any text ({@code frontiers.L<n>}).
 */
final class ReadmeFieldTables {
    static final Path README = Path.of("README.md");
    private static final Pattern MARKER = Pattern.compile("^<!-- json-fields: (.+) -->$");
    private static final Pattern COMMAND_HEADING = Pattern.compile("^#+ `tracker ([a-z-]+)[^`]*(--json|--format json)");
    private static final Pattern FIELD = Pattern.compile("`([^`]+)`");

    /** One table: the outputs its marker names, and its fields, in order. */
    record Table(int line, List<String> schemas, List<String> fields) {
    }

    private ReadmeFieldTables() {
    }

    static List<String> lines() throws IOException {
        return Files.readAllLines(README);
    }

    static List<Table> tables(List<String> lines) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i).strip());
            if (!marker.matches()) {
                continue;
            }
            List<String> schemas = List.of(marker.group(1).strip().split("\\s*,\\s*"));
            List<String> fields = new ArrayList<>();
            int row = i + 1;
            // the header row and the |---| row first, then one row a field (or several, comma-separated)
            for (int n = 0; row < lines.size() && lines.get(row).startsWith("|"); row++, n++) {
                if (n >= 2) {
                    Matcher field = FIELD.matcher(lines.get(row).split("\\|")[1]);
                    while (field.find()) {
                        fields.add(field.group(1));
                    }
                }
            }
            tables.add(new Table(i + 1, schemas, fields));
        }
        return tables;
    }

    /** The commands whose heading offers JSON ({@code ### `tracker next [--json]`}): each needs a table. */
    static List<String> commandsWithJson(List<String> lines) {
        List<String> commands = new ArrayList<>();
        for (String line : lines) {
            Matcher heading = COMMAND_HEADING.matcher(line);
            if (heading.find()) {
                commands.add(heading.group(1));
            }
        }
        return commands;
    }

    /**
     * Whether a documented field names this path of a golden's keys (array steps left out): its
     * last names, one for one, with {@code <n>} matching any text.
     */
    static boolean names(String field, List<String> path) {
        String[] parts = field.replace("[]", "").split("\\.");
        if (parts.length > path.size()) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            String key = path.get(path.size() - parts.length + i);
            String pattern = Pattern.quote(parts[i]).replaceAll("<[^>]*>", "\\\\E.+\\\\Q");
            if (!key.matches(pattern)) {
                return false;
            }
        }
        return true;
    }
}
