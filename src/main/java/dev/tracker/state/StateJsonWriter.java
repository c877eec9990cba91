package dev.tracker.state;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes the state file: keys sorted, one skill or history entry per line, so that a user
 * can keep the file in git and merge it across machines without conflicts in unrelated lines.
 */
final class StateJsonWriter {
    /**
     * The version of the bytes this writer writes: raise it with any change of them (a splice
     * continues only a file this very writer wrote; WriterOutputTest pins the bytes to it).
     */
    static final int OUTPUT_VERSION = 1;
    /** Values one after another at the root, with no separator of Jackson's: the layout is written raw. */
    static final JsonFactory JSON = new JsonFactory().setRootValueSeparator(null);

    private StateJsonWriter() {
    }

    static String write(Progress progress) {
        List<HistoryEntry> history = progress.history();
        StringWriter out = new StringWriter(128 * (history.size() + progress.skills().size()) + 64);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(progress, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The file's UTF-8 bytes, written straight to {@code out}: no text of the whole file is held
     * in memory. Returns where its history ends (the offset after its last entry, or after the
     * {@code [} of an empty one), where a {@link StateSplice#splice} continues it.
     */
    static long write(Progress progress, OutputStream out) throws IOException {
        StateSplice.Counting counted = new StateSplice.Counting(out);
        try (JsonGenerator g = JSON.createGenerator(counted, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller forces the file to disk after this
            g.writeRaw(HEAD);
            entries(g, progress.history(), 0);
            g.flush();
            long historyEnd = counted.count;
            tail(g, progress);
            return historyEnd;
        }
    }

    static final String HEAD = "{\n  \"history\": [";

    private static void write(Progress progress, JsonGenerator g) throws IOException {
        // one generator for the whole file (a merge writes hundreds of thousands of lines); the layout is raw text
        g.writeRaw(HEAD);
        entries(g, progress.history(), 0);
        tail(g, progress);
    }

    /** The history's lines from entry {@code from} on, each after its separator. */
    static void entries(JsonGenerator g, List<HistoryEntry> history, int from) throws IOException {
        String separator = from == 0 ? "\n    " : ",\n    ";
        for (int i = from; i < history.size(); i++) {
            HistoryEntry entry = history.get(i);
            int end = i + 1;
            while (entry.kind() == EntryKind.SEEN && end < history.size() && sameSeenLine(entry, history.get(end))) {
                end++;
            }
            g.writeRaw(separator);
            if (end == i + 1) {
                entry(g, entry);
            } else {
                seenLine(g, history.subList(i, end));
            }
            separator = ",\n    ";
            i = end - 1;
        }
    }

    /** The end of the history, the skills map and the version. */
    static void tail(JsonGenerator g, Progress progress) throws IOException {
        g.writeRaw(progress.history().isEmpty() ? "]" : "\n  ]");
        g.writeRaw(",\n  \"skills\": {");
        String separator = "\n    ";
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
    }

    /** The skills a write first saw done share one line: one entry each would make most of a new user's file. */
    static boolean sameSeenLine(HistoryEntry first, HistoryEntry next) {
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
}
