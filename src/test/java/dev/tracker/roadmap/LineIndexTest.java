package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Line numbers as Flexmark counts them ("\r\n", "\n" or a lone "\r"), found by binary search. */
class LineIndexTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a\n", "a\nb\n\nc", "a\r\nb\r\n\r\nc\r\n", "a\rb\r\rc", "\n\r\n\r", "x\r\n\ny\rz\n"})
    void agreesWithFlexmarkAtEveryOffset(String text) {
        Document document = Parser.builder(new MutableDataSet()).build().parse(text);
        LineIndex lines = new LineIndex(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            assertThat(lines.lineOf(offset)).as("line at offset %d of %s", offset, text.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(document.getLineNumber(offset) + 1);
        }
    }
}
