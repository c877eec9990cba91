package dev.tracker.roadmap;

import dev.tracker.graph.SkillStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table that is a checklist: its marker cell (the first, or the one under a Done or Status
 * header) holds a marker ({@code [ ]}, {@code [x]}, ✅, ☐ …) or a status word (Done, In
 * Progress, Not Started, Skipped). Each such row is a skill titled by its other cells; a
 * Section or Topic column names the section it stands in.
 *
 * @param markerColumn  the column of the marker cells
 * @param sectionColumn the Section/Topic column, or -1
 */
record ChecklistTable(MarkdownBlock.Table table, int markerColumn, int sectionColumn) {
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}\\[]+");
    private static final Map<String, SkillStatus> WORDS = Map.ofEntries(
            Map.entry("done", SkillStatus.DONE), Map.entry("complete", SkillStatus.DONE),
            Map.entry("completed", SkillStatus.DONE), Map.entry("finished", SkillStatus.DONE),
            Map.entry("in progress", SkillStatus.IN_PROGRESS), Map.entry("in-progress", SkillStatus.IN_PROGRESS),
            Map.entry("started", SkillStatus.IN_PROGRESS), Map.entry("wip", SkillStatus.IN_PROGRESS),
            Map.entry("not started", SkillStatus.TODO), Map.entry("todo", SkillStatus.TODO),
            Map.entry("to do", SkillStatus.TODO), Map.entry("pending", SkillStatus.TODO),
            Map.entry("skipped", SkillStatus.SKIPPED), Map.entry("skip", SkillStatus.SKIPPED));

    /** One skill of the table. */
    record Row(String section, String title, SkillStatus status, int line) {
    }

    /** The table as a checklist, when a row's marker cell holds a marker or status word. */
    static Optional<ChecklistTable> of(MarkdownBlock.Table table) {
        int marker = 0;
        int section = -1;
        for (int i = 0; i < table.header().size(); i++) {
            String name = headerName(table.header().get(i));
            if (name.equals("done") || name.equals("status")) {
                marker = i;
            } else if (name.equals("section") || name.equals("topic")) {
                section = i;
            }
        }
        ChecklistTable checklist = new ChecklistTable(table, marker, section);
        for (MarkdownBlock.Row row : table.rows()) {
            if (checklist.statusOf(row).isPresent()) {
                return Optional.of(checklist);
            }
        }
        return Optional.empty();
    }

    /** The rows that are skills: a marker in their marker cell and some other text to title them. */
    List<Row> skills() {
        List<Row> skills = new ArrayList<>();
        String section = null;
        for (MarkdownBlock.Row row : table.rows()) {
            if (sectionColumn >= 0 && sectionColumn < row.cells().size()) {
                String named = plain(row.cells().get(sectionColumn));
                section = named.isEmpty() ? section : named; // an empty cell continues the section above
            }
            Optional<SkillStatus> status = statusOf(row);
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                String text = i == markerColumn || i == sectionColumn ? "" : plain(row.cells().get(i));
                if (!text.isEmpty()) {
                    parts.add(text);
                }
            }
            if (status.isPresent() && !parts.isEmpty()) {
                skills.add(new Row(section, String.join(" — ", parts), status.get(), row.line()));
            }
        }
        return skills;
    }

    private Optional<SkillStatus> statusOf(MarkdownBlock.Row row) {
        return markerColumn < row.cells().size() ? statusOf(row.cells().get(markerColumn)) : Optional.empty();
    }

    /** A marker ("[x]", "✅", "☐ todo") or a status word ("Done", "🔄 In Progress"). */
    static Optional<SkillStatus> statusOf(String cell) {
        Optional<ItemMarker> marker = ItemMarker.parse(cell);
        if (marker.isPresent()) {
            return Optional.of(marker.get().status());
        }
        String word = LEADING_SYMBOLS.matcher(plain(cell)).replaceFirst("").strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(WORDS.get(word));
    }

    private static String headerName(String cell) {
        return LEADING_SYMBOLS.matcher(plain(cell)).replaceFirst("").strip().toLowerCase(Locale.ROOT);
    }

    private static String plain(String cell) {
        return MojibakeRepair.repair(InlineText.plain(cell)).strip();
    }
}
