package dev.tracker.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tracker.report.LogReport;
import dev.tracker.state.HistoryEntry;
import java.io.IOException;

/**
 * `log` and `undo` with --json: history entries as the state file keeps them, except that
 * "undo" is always written here (true or false), so that scripts need no default.
 */
public final class JsonHistoryRenderer {
    private JsonHistoryRenderer() {
    }

    /** {"entries":[{"at","id","from","to","undo"}]}, newest first. */
    public static String log(LogReport.Result result) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("entries");
            for (HistoryEntry entry : result.entries()) {
                entry(json, entry);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** {"reverted":{…},"change":{…}}: the change undone, and the undo entry appended to the history. */
    public static String undo(HistoryEntry reverted, HistoryEntry change) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeFieldName("reverted");
            entry(json, reverted);
            json.writeFieldName("change");
            entry(json, change);
            json.writeEndObject();
        });
    }

    private static void entry(JsonGenerator json, HistoryEntry entry) throws IOException {
        json.writeStartObject();
        json.writeStringField("at", entry.at().toString());
        json.writeStringField("id", entry.id());
        json.writeStringField("from", entry.from().label());
        json.writeStringField("to", entry.to().label());
        json.writeBooleanField("undo", entry.undo());
        json.writeEndObject();
    }
}
