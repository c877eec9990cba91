package dev.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The out-of-memory line names the switch of the runtime that ran out: the JVM's or the native binary's. */
class OutOfMemoryLineTest {
    @Test
    void theJarIsToldOfJavaToolOptionsAndTheBinaryOfItsOwnXmx() {
        String jvm = Main.outOfMemoryLine(32L * 1024 * 1024, false);
        String binary = Main.outOfMemoryLine(32L * 1024 * 1024, true);
        assertThat(jvm).isEqualTo("tracker: out of memory: the Java heap (32 MB) cannot hold this state file or these roadmaps;"
                + " nothing was changed; give the JVM more, e.g. JAVA_TOOL_OPTIONS=-Xmx1g");
        assertThat(binary).isEqualTo("tracker: out of memory: the Java heap (32 MB) cannot hold this state file or these roadmaps;"
                + " nothing was changed; give the native binary more, e.g. tracker -Xmx1g COMMAND");
        assertThat(binary).doesNotContain("JAVA_TOOL_OPTIONS").doesNotContain("\n");
    }
}
