package dev.tracker.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tracker.report.Counts;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Pretty-printed JSON for scripts, written with Jackson's streaming generator; every control character escaped. */
final class JsonOutput {
    private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new JsonControlEscapes());

    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonOutput() {
    }

    static String write(Body body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }

    /** The counting fields every roadmap and section object carries. */
    static void counts(JsonGenerator json, Counts counts) throws IOException {
        json.writeNumberField("total", counts.total());
        json.writeNumberField("done", counts.done());
        json.writeNumberField("inProgress", counts.inProgress());
        json.writeNumberField("skipped", counts.skipped());
        json.writeNumberField("percent", counts.percent());
        json.writeBooleanField("complete", counts.complete());
    }
}
