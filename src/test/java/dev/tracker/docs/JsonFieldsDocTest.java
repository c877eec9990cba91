package dev.tracker.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.JsonTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README and the JSON goldens agree: every JSON output the README documents has a golden,
 * every field of every golden is in the README's table for it, and every field a table lists
 * is in a golden of each output it names (so neither side can drift).
 */
class JsonFieldsDocTest {
    private static List<String> readme;
    private static List<ReadmeFieldTables.Table> tables;

    @BeforeAll
    static void readTheReadme() throws IOException {
        readme = ReadmeFieldTables.lines();
        tables = ReadmeFieldTables.tables(readme);
    }

    private static List<String> schemasOfTables() {
        return tables.stream().flatMap(t -> t.schemas().stream()).distinct().toList();
    }

    private static List<String> schemasOfGoldens() {
        return JsonOutputs.ALL.stream().map(JsonOutputs.JsonOutput::schema).distinct().toList();
    }

    @Test
    void everyCommandWhoseHeadingOffersJsonHasATableOfItsFields() {
        assertThat(ReadmeFieldTables.commandsWithJson(readme)).isNotEmpty().isSubsetOf(schemasOfTables());
    }

    @Test
    void everyDocumentedOutputHasAGoldenAndEveryGoldenADocumentedOutput() {
        assertThat(schemasOfTables()).containsExactlyInAnyOrderElementsOf(schemasOfGoldens());
    }

    @Test
    void everyFieldOfEveryGoldenIsInTheReadmesTableForIt() throws IOException {
        for (JsonOutputs.JsonOutput output : JsonOutputs.ALL) {
            List<String> fields = tables.stream().filter(t -> t.schemas().contains(output.schema()))
                    .flatMap(t -> t.fields().stream()).toList();
            List<String> undocumented = paths(output).stream()
                    .filter(path -> fields.stream().noneMatch(field -> ReadmeFieldTables.names(field, path)))
                    .map(path -> String.join(".", path)).distinct().toList();
            assertThat(undocumented).as("fields of %s (%s) missing from the README's tables of `%s`",
                    output.goldenFile(), output, output.schema()).isEmpty();
        }
    }

    @Test
    void everyFieldOfATableIsInAGoldenOfAnOutputItNames() throws IOException {
        for (ReadmeFieldTables.Table table : tables) {
            List<List<String>> paths = new ArrayList<>();
            for (JsonOutputs.JsonOutput output : JsonOutputs.ALL) {
                if (table.schemas().contains(output.schema())) {
                    paths.addAll(paths(output));
                }
            }
            List<String> unseen = table.fields().stream()
                    .filter(field -> paths.stream().noneMatch(path -> ReadmeFieldTables.names(field, path))).toList();
            assertThat(unseen).as("README line %d: fields in no golden of %s", table.line(), table.schemas()).isEmpty();
        }
    }

    /** Every key of the golden as its path of keys from the top (array steps left out). */
    private static List<List<String>> paths(JsonOutputs.JsonOutput output) throws IOException {
        Path golden = Path.of("src", "test", "resources", "golden").resolve(output.goldenFile());
        assertThat(golden).as("the golden of %s", output).exists();
        List<List<String>> paths = new ArrayList<>();
        collect(JsonTree.parse(Files.readString(golden, StandardCharsets.UTF_8)), List.of(), paths);
        return paths.stream().distinct().collect(Collectors.toList());
    }

    private static void collect(Object value, List<String> path, List<List<String>> paths) {
        if (value instanceof Map) {
            for (Map.Entry<String, Object> entry : JsonTree.asObject(value).entrySet()) {
                List<String> child = new ArrayList<>(path);
                child.add(entry.getKey());
                paths.add(child);
                collect(entry.getValue(), child, paths);
            }
        } else if (value instanceof List) {
            JsonTree.asList(value).forEach(element -> collect(element, path, paths));
        }
    }
}
