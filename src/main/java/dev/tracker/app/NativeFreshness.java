package dev.tracker.app;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The native binary's test of its own freshness, which the launcher leaves to it: bash's test
 * of every source against the binary took ~2.5 ms of each command, a third of a native
 * `status`; here it is a few hundred stat calls. Started by the launcher (which names its
 * checkout in {@value #HOME}), a binary older than a source of that checkout runs the jar in
 * its place, through the launcher with {@code TRACKER_NATIVE=0}, and exits with its code: what
 * the launcher did itself before. The sources are the launcher's own: {@code pom.xml},
 * everything under {@code src/main}, {@code roadmaps/} and the files in it.
 */
final class NativeFreshness {
    static final String HOME = "TRACKER_NATIVE_HOME";

    private NativeFreshness() {
    }

    /** -1 when this process is to run the command; else the exit code of the jar that ran it. */
    static int runJarIfStale(String[] args, Map<String, String> env) {
        return inNativeImage() && env.containsKey(HOME) ? runJarIfStale(args, Path.of(env.get(HOME))) : -1;
    }

    /** Whether this is the native binary: the system property native-image sets in every image it builds. */
    static boolean inNativeImage() {
        return "runtime".equals(System.getProperty("org.graalvm.nativeimage.imagecode"));
    }

    static int runJarIfStale(String[] args, Path home) {
        try {
            if (!newerSource(home, Files.getLastModifiedTime(home.resolve("target/tracker-native")))) {
                return -1;
            }
        } catch (IOException e) {
            return -1; // no stamp to compare with: this binary runs, as before the test
        }
        return JarInstead.run(home, args, System.err);
    }

    /** Whether a source is newer than {@code binary} (a missing one is not, as in the launcher's glob). */
    static boolean newerSource(Path home, FileTime binary) throws IOException {
        if (newer(home.resolve("pom.xml"), binary) || newer(home.resolve("roadmaps"), binary)) {
            return true;
        }
        try (Stream<Path> roadmaps = Files.list(home.resolve("roadmaps"))) {
            if (roadmaps.anyMatch(file -> !hidden(file) && newer(file, binary))) {
                return true;
            }
        } catch (NoSuchFileException e) {
            // no roadmaps folder: nothing there to be newer
        }
        return newerUnder(home.resolve("src/main"), binary);
    }

    /** The walk's own attributes: one stat a file (a link's target is looked up, as {@code [ -nt ]} does). */
    private static boolean newerUnder(Path top, FileTime binary) throws IOException {
        boolean[] found = {false};
        // a missing top reaches visitFileFailed, as any unreadable entry does: not newer
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return visit(dir, attributes);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                return visit(file, attributes);
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }

            private FileVisitResult visit(Path file, BasicFileAttributes attributes) {
                if (hidden(file) && !file.equals(top)) {
                    // bash's glob skips them: an editor's swap file is no source
                    return attributes.isDirectory() ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }
                found[0] = attributes.isSymbolicLink() ? newer(file, binary) : attributes.lastModifiedTime().compareTo(binary) > 0;
                return found[0] ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }
        });
        return found[0];
    }

    private static boolean hidden(Path file) {
        return file.getFileName() != null && file.getFileName().toString().startsWith(".");
    }

    private static boolean newer(Path file, FileTime binary) {
        try {
            return Files.getLastModifiedTime(file).compareTo(binary) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
