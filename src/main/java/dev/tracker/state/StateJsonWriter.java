package dev.tracker.state;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
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
        List<HistoryEntry> history = progress.history();
        for (int i = 0; i < history.size(); i++) {
            HistoryEntry entry = history.get(i);
            int end = i + 1;
            while (entry.kind() == EntryKind.SEEN && end < history.size() && sameSeenLine(entry, history.get(end))) {
                end++;
            }
            List<HistoryEntry> line = history.subList(i, end);
            out.append(separator).append("    ").append(compact(g -> {
                if (line.size() == 1) {
                    entry(g, entry);
                } else {
                    seenLine(g, line);
                }
            }));
            separator = ",\n";
            i = end - 1;
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

    /** The skills a write first saw done share one line: one entry each would make most of a new user's file. */
    private static boolean sameSeenLine(HistoryEntry first, HistoryEntry next) {
        return next.kind() == EntryKind.SEEN && next.cmd().equals(first.cmd()) && next.at().equals(first.at())
                && next.retention() == first.retention();
    }

    private static void seenLine(JsonGenerator g, List<HistoryEntry> line) throws IOException {
        HistoryEntry first = line.get(0);
        g.writeStartObject();
        g.writeStringField("at", first.at().toString());
        g.writeStringField("cmd", first.cmd());
        g.writeArrayFieldStart("ids");
        for (HistoryEntry entry : line) {
            g.writeString(entry.id());
        }
        g.writeEndArray();
        g.writeStringField("kind", first.kind().label());
        g.writeNumberField("retention", first.retention());
        g.writeEndObject();
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
