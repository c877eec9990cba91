package dev.tracker.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tracker.report.LogReport;
import dev.tracker.state.HistoryEntry;
import java.io.IOException;
import java.util.List;

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

    /**
     * {"reverted":{…},"change":{…},"entries":[…],"changes":[…]}: the command undone (its first
     * entry, and all of them) and the undo entries appended to the history.
     */
    public static String undo(List<HistoryEntry> reverted, List<HistoryEntry> changes) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeFieldName("reverted");
            entry(json, reverted.get(0));
            json.writeFieldName("change");
            entry(json, changes.get(0));
            json.writeArrayFieldStart("entries");
            for (HistoryEntry entry : reverted) {
                entry(json, entry);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("changes");
            for (HistoryEntry entry : changes) {
                entry(json, entry);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void entry(JsonGenerator json, HistoryEntry entry) throws IOException {
        json.writeStartObject();
        json.writeStringField("at", IsoTime.of(entry.at()));
        json.writeStringField("id", entry.id());
        json.writeStringField("kind", entry.kind().label());
        json.writeStringField("command", entry.cmd());
        if (entry.from() != null) {
            json.writeStringField("from", entry.from().label());
            json.writeStringField("to", entry.to().label());
        }
        if (entry.grade() != null) {
            json.writeStringField("grade", entry.grade());
        }
        if (entry.text() != null) {
            json.writeStringField("text", entry.text());
        }
        if (entry.ref() != null) {
            json.writeStringField("ref", entry.ref());
        }
        json.writeBooleanField("undo", entry.undo());
        json.writeEndObject();
    }
}
