package dev.tracker.render;

import java.util.List;

/** `tracker config`: the config file, then each setting, its effective value and where that came from. */
public final class TextConfigRenderer {
    /** One setting as shown: its key, its value as text, and its source ("--state", "config line 3", "default"). */
    public record Row(String key, String value, String source) {
    }

    private static final int MAX_VALUE_COLUMNS = 44;

    private TextConfigRenderer() {
    }

    public static String render(String file, boolean exists, List<Row> rows) {
        StringBuilder out = new StringBuilder("config file  ").append(file)
                .append(exists ? "" : "  (none yet: `tracker init` or `tracker config KEY VALUE` writes it)").append('\n');
        int keyColumns = 0;
        int valueColumns = 0;
        for (Row row : rows) {
            keyColumns = Math.max(keyColumns, row.key().length());
            valueColumns = Math.min(MAX_VALUE_COLUMNS, Math.max(valueColumns, DisplayWidth.of(row.value())));
        }
        for (Row row : rows) {
            out.append(pad(row.key(), keyColumns)).append("  ").append(pad(row.value(), valueColumns))
                    .append("  ").append(row.source()).append('\n');
        }
        return out.toString();
    }

    /** One setting alone (`tracker config KEY`): its value and its source. */
    public static String one(Row row) {
        return row.value() + "  (" + row.source() + ")\n";
    }

    /** A longer value is not cut: it pushes its source along. */
    private static String pad(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - DisplayWidth.of(text)));
    }
}
