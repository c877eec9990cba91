package dev.tracker.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.testing.Golden;
import dev.tracker.testing.JsonTree;
import dev.tracker.testing.TrackerRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each JSON output of {@link JsonOutputs} byte for byte against its golden file: a field renamed,
 * removed or retyped fails here. After an intended change (a field added), rewrite them with
 * {@code mvn test -Dtest=JsonGoldenTest -Dgolden.update=true} and review the diff.
 */
class JsonGoldenTest {
    @TempDir
    Path tmp;

    static Stream<JsonOutputs.JsonOutput> outputs() {
        return JsonOutputs.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void outputMatchesItsGolden(JsonOutputs.JsonOutput output) throws IOException {
        TrackerRunner.Run run = JsonOutputs.prepared(tmp, output.notes()).ok(output.args().toArray(String[]::new));

        assertThat(JsonTree.parse(run.out())).as("well-formed JSON").isNotNull();
        Golden.assertMatches(output.goldenFile(), run.out());
    }

    @Test
    void everyGoldenFileBelongsToAnOutput() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "golden", "json"))) {
            assertThat(files.map(f -> "json/" + f.getFileName()))
                    .containsExactlyInAnyOrderElementsOf(JsonOutputs.ALL.stream().map(JsonOutputs.JsonOutput::goldenFile).toList());
        }
    }
}
