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
    private static final JsonFactory JSON = new JsonFactory();

    private StateJsonWriter() {
    }

    static String write(Progress progress) {
        StringBuilder out = new StringBuilder("{\n  \"history\": [");
        String separator = "\n";
        for (HistoryEntry entry : progress.history()) {
            out.append(separator).append("    ").append(compact(g -> {
                g.writeStartObject();
                g.writeStringField("at", entry.at().toString());
                g.writeStringField("from", entry.from().label());
                g.writeStringField("id", entry.id());
                g.writeStringField("to", entry.to().label());
                if (entry.undo()) {
                    // written only when true, so files without undo stay byte-identical to before
                    g.writeBooleanField("undo", true);
                }
                g.writeEndObject();
            }));
            separator = ",\n";
        }
        out.append(progress.history().isEmpty() ? "]" : "\n  ]").append(",\n  \"skills\": {");
        separator = "\n";
        for (Map.Entry<String, SkillState> skill : progress.skills().entrySet()) {
            SkillState state = skill.getValue();
            out.append(separator).append("    ").append(compact(g -> g.writeString(skill.getKey()))).append(": ")
                    .append(compact(g -> {
                        g.writeStartObject();
                        g.writeStringField("at", state.at().toString());
                        g.writeStringField("status", state.status().label());
                        g.writeStringField("title", state.title());
                        g.writeEndObject();
                    }));
            separator = ",\n";
        }
        out.append(progress.skills().isEmpty() ? "}" : "\n  }")
                .append(",\n  \"version\": ").append(StateJsonReader.SCHEMA_VERSION).append("\n}\n");
        return out.toString();
    }

    private interface JsonWriting {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    private static String compact(JsonWriting writing) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(text)) {
            writing.writeTo(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
