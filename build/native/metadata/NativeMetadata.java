import com.vladsch.flexmark.parser.Parser;
import dev.tracker.app.CommandLineFactory;
import dev.tracker.cli.TrackerContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import picocli.CommandLine;
import picocli.codegen.aot.graalvm.ReflectionConfigGenerator;

/**
 * Writes the tracker's reachability metadata for native-image, from the build itself (run by
 * build/native/metadata.sh, never by hand-editing the output):
 * - reflect-config.json: picocli-codegen's ReflectionConfigGenerator over the very command tree
 *   main builds (CommandLineFactory.create: every command, built in code by cli/Specs);
 * - resource-config.json: every resource the build put beside the classes (target/classes),
 *   by top-level file or folder, so a roadmap added to roadmaps/ needs no new entry.
 *   Flexmark's enums are added to it with their public fields: its BitFieldSet lists an enum's
 *   constants through Class.getFields() (TextContainer's flags; without them a native image
 *   fails every parse with "Index 0 out of bounds for length 0").
 * Jackson (streaming API only: nothing is bound by reflection) needs none; JLine ships its own
 * in its jar (META-INF/native-image/org.jline/...).
 *   usage: java -cp JAR:CODEGEN NativeMetadata.java CLASSES_DIR OUT_DIR
 */
public final class NativeMetadata {
    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Files.writeString(out.resolve("reflect-config.json"), reflectConfig(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("resource-config.json"), resourceConfig(classes), StandardCharsets.UTF_8);
    }

    static String reflectConfig() throws Exception {
        PrintWriter sink = new PrintWriter(new StringWriter());
        CommandLine root = CommandLineFactory.create(new TrackerContext(sink, sink, Map.of(), Path.of("."), Clock.systemUTC()));
        String json = ReflectionConfigGenerator.generateReflectionConfig(root.getCommandSpec()).replace("\r\n", "\n").strip();
        StringBuilder all = new StringBuilder(json.substring(0, json.lastIndexOf(']')).stripTrailing());
        for (String name : flexmarkEnums()) {
            all.append(",\n  {\n    \"name\" : \"").append(name).append("\",\n    \"allPublicFields\" : true\n  }");
        }
        return all.append("\n]\n").toString();
    }

    /** Every enum class in the jar that holds Flexmark, by name. */
    static TreeSet<String> flexmarkEnums() throws IOException, URISyntaxException {
        TreeSet<String> enums = new TreeSet<>();
        Path jar = Path.of(Parser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (String entry : zip.stream().map(ZipEntry::getName).toList()) {
                if (entry.startsWith("com/vladsch/flexmark/") && entry.endsWith(".class")) {
                    String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                    try {
                        if (Class.forName(name, false, NativeMetadata.class.getClassLoader()).isEnum()) {
                            enums.add(name);
                        }
                    } catch (ClassNotFoundException | LinkageError e) {
                        // a class of an optional dependency the tracker does not ship: never loaded
                    }
                }
            }
        }
        return enums;
    }

    /** One pattern per top-level resource: a file by its name, a folder by itself and all it holds. */
    static String resourceConfig(Path classes) throws IOException {
        TreeSet<String> patterns = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(Files::isRegularFile).map(classes::relativize).map(p -> p.toString().replace('\\', '/'))
                    .filter(name -> !name.endsWith(".class") && !name.startsWith("META-INF/"))
                    .forEach(name -> {
                        int slash = name.indexOf('/');
                        if (slash < 0) {
                            patterns.add("\\\\Q" + name + "\\\\E");
                        } else {
                            String folder = name.substring(0, slash);
                            patterns.add("\\\\Q" + folder + "\\\\E");
                            patterns.add("\\\\Q" + folder + "/\\\\E.*");
                        }
                    });
        }
        StringBuilder json = new StringBuilder("{\n  \"resources\" : {\n    \"includes\" : [");
        String separator = "\n";
        for (String pattern : patterns) {
            json.append(separator).append("      { \"pattern\" : \"").append(pattern).append("\" }");
            separator = ",\n";
        }
        return json.append("\n    ]\n  }\n}\n").toString();
    }
}
