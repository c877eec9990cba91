package dev.tracker.state;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes the state file: keys sorted, one skill or history entry per line, so that a user
 * can keep the file in git and merge it across machines without conflicts in unrelated lines.
 */
final class StateJsonWriter {
    /** Values one after another at the root, with no separator of Jackson's: the layout is written raw. */
    private static final JsonFactory JSON = new JsonFactory().setRootValueSeparator(null);

    private StateJsonWriter() {
    }

    static String write(Progress progress) {
        StringWriter out = new StringWriter(128 * (progress.history().size() + progress.skills().size()) + 64);
        // one generator for the whole file (a merge writes hundreds of thousands of lines); the layout is raw text
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeRaw("{\n  \"history\": [");
            String separator = "\n    ";
            for (HistoryEntry entry : progress.history()) {
                g.writeRaw(separator);
                entry(g, entry);
                separator = ",\n    ";
            }
            g.writeRaw(progress.history().isEmpty() ? "]" : "\n  ]");
            g.writeRaw(",\n  \"skills\": {");
            separator = "\n    ";
            for (Map.Entry<String, SkillState> skill : progress.skills().entrySet()) {
                SkillState state = skill.getValue();
                g.writeRaw(separator);
                g.writeString(skill.getKey());
                g.writeRaw(": ");
                g.writeStartObject();
                g.writeStringField("at", state.at().toString());
                g.writeStringField("status", state.status().label());
                g.writeStringField("title", state.title());
                g.writeEndObject();
                separator = ",\n    ";
            }
            g.writeRaw(progress.skills().isEmpty() ? "}" : "\n  }");
            g.writeRaw(",\n  \"version\": " + StateJsonReader.SCHEMA_VERSION + "\n}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Keys sorted; a field only where the entry's kind has it, so that each line says just what happened. */
    private static void entry(JsonGenerator g, HistoryEntry entry) throws IOException {
        g.writeStartObject();
        g.writeStringField("at", entry.at().toString());
        if (entry.clears()) {
            g.writeBooleanField("clears", true);
        }
        g.writeStringField("cmd", entry.cmd());
        if (entry.from() != null) {
            g.writeStringField("from", entry.from().label());
        }
        if (entry.grade() != null) {
            g.writeStringField("grade", entry.grade());
        }
        g.writeStringField("id", entry.id());
        g.writeStringField("kind", entry.kind().label());
        if (entry.ref() != null) {
            g.writeStringField("ref", entry.ref());
        }
        if (entry.retention() > 0) {
            g.writeNumberField("retention", entry.retention());
        }
        if (entry.text() != null) {
            g.writeStringField("text", entry.text());
        }
        if (!entry.title().isEmpty()) {
            g.writeStringField("title", entry.title());
        }
        if (entry.to() != null) {
            g.writeStringField("to", entry.to().label());
        }
        g.writeEndObject();
    }
}
