package dev.tracker.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tracker.graph.ExitCode;
import dev.tracker.graph.TrackerException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Any bytes as a state file: the loader returns a Progress or refuses with exit 65 and one
 * line naming the file, and never throws anything else. A Progress it returns survives a write
 * and a read unchanged, and writing it again gives the same bytes.
 *
 * <p>{@code mvn verify} runs the saved inputs (StateLoaderFuzzTestInputs/ in the resources).
 * To fuzz for N minutes (the JUnit timeout is off so that it does not end the session; each
 * input still has 60 s; Jackson is instrumented too, so the fuzzer learns its grammar):
 * <pre>
 * JAZZER_FUZZ=1 mvn test -Dtest=StateLoaderFuzzTest -Djazzer.max_duration=5m  *     -Djunit.jupiter.execution.timeout.mode=disabled  *     '-Djazzer.instrumentation_includes=dev.tracker.**:com.fasterxml.jackson.core.**'
 * </pre>
 * A finding is saved beside the inputs: commit it with the fix, as a regression input.
 */
class StateLoaderFuzzTest {
    /** Never read: the bytes come from the fuzzer. The name only shows in messages. */
    private static final StateStore STORE = new StateStore(Path.of("/fuzzed/state.json"));

    @FuzzTest(maxDuration = "1m")
    void loadGivesProgressOrOneLineDataError(byte[] bytes) {
        Progress progress;
        try {
            progress = STORE.parse(bytes);
        } catch (TrackerException e) {
            assertThat(e.exitCode()).as(e.getMessage()).isEqualTo(ExitCode.DATA_ERROR);
            assertThat(e.getMessage()).startsWith("state file /fuzzed/state.json cannot be read (")
                    .doesNotContain("\n", "\r", "\u2028", "\u2029").hasSizeLessThan(600);
            return;
        }
        String written = StateJsonWriter.write(progress);
        Progress readBack = STORE.parse(written.getBytes(StandardCharsets.UTF_8));
        assertThat(readBack).isEqualTo(progress);
        assertThat(StateJsonWriter.write(readBack)).isEqualTo(written);
    }
}
