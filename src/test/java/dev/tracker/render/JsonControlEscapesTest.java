package dev.tracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** JSON output escapes every control character, C1 and DEL too, and a script still reads the same text. */
class JsonControlEscapesTest {
    private static String written(String value) {
        return JsonOutput.write(json -> {
            json.writeStartObject();
            json.writeStringField("title", value);
            json.writeEndObject();
        });
    }

    @Test
    void everyC0AndC1ControlIsEscaped() {
        String json = written(PrintableTest.everyControl() + "\t\n");
        assertThat(json.substring(0, json.length() - 1)).doesNotContain("\n" + "\"");
        assertThat(PrintableTest.hasRawControl(json)).as(json).isFalse();
        assertThat(json).contains("\\u001B", "\\u007F", "\\u009B", "\\u0085", "\\t", "\\n");
    }

    @Test
    void theEscapedTextReadsBackUnchanged() throws IOException {
        String value = "T\u001b]0;pwned\u0007 \u009b31m " + PrintableTest.everyControl() + " ✅ é";
        try (JsonParser parser = new JsonFactory().createParser(written(value))) {
            parser.nextToken();
            parser.nextFieldName();
            assertThat(parser.nextTextValue()).isEqualTo(value);
        }
    }
}
