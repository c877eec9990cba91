package dev.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.cli.TrackerContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** The factory tells picocli to skip its java.sql and java.time converters: safe only while no option needs them. */
class ConverterExclusionTest {
    @Test
    void noOptionOrParameterOfTheWholeTreeHasAnExcludedType() {
        TrackerContext context = new TrackerContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Map.of(), Path.of("."), Clock.systemUTC());
        List<String> types = new ArrayList<>();
        collect(CommandLineFactory.create(context), types);
        // as picocli reads the property: names split at commas, each a pattern the class name must match
        String[] excludes = System.getProperty("picocli.converters.excludes").split(",");
        assertThat(excludes).hasSize(1);
        for (String excluded : List.of("java.sql.Time", "java.sql.Connection", "java.time.Duration", "java.time.ZoneId")) {
            assertThat(excluded).matches(excludes[0]);
        }
        assertThat("java.nio.file.Path").doesNotMatch(excludes[0]);
        assertThat(types).hasSizeGreaterThan(40).contains("java.nio.file.Path")
                .noneMatch(type -> type.startsWith("java.time.") || type.startsWith("java.sql."));
    }

    private static void collect(CommandLine commandLine, List<String> types) {
        for (ArgSpec arg : commandLine.getCommandSpec().args()) {
            types.add(arg.type().getName());
            for (Class<?> auxiliary : arg.auxiliaryTypes()) {
                types.add(auxiliary.getName());
            }
        }
        commandLine.getSubcommands().values().forEach(sub -> collect(sub, types));
    }
}
