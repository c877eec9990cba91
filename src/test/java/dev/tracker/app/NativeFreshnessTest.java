package dev.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binary's own freshness test: the launcher's sources, and the jar run in its place when one is newer. */
class NativeFreshnessTest {
    private static final FileTime BUILT = FileTime.from(Instant.parse("2026-12-01T10:00:00Z"));
    private static final FileTime BEFORE = FileTime.from(Instant.parse("2026-12-01T09:00:00Z"));
    private static final FileTime AFTER = FileTime.from(Instant.parse("2026-12-01T10:00:01Z"));

    @TempDir
    Path home;

    @BeforeEach
    void checkout() throws IOException {
        for (String file : new String[] {"pom.xml", "src/main/java/dev/A.java", "src/main/resources/r.txt", "roadmaps/a.md",
            "roadmaps/old/deep.md"}) {
            Files.createDirectories(home.resolve(file).getParent());
            Files.writeString(home.resolve(file), "x");
        }
        // the launcher as a stand-in: says how it was called, exits 7
        Path launcher = home.resolve("tracker");
        Files.writeString(launcher, "#!/bin/sh\nprintf '<%s>' \"$@\" > " + home.resolve("ran")
                + "\necho \" native=$TRACKER_NATIVE home=${TRACKER_NATIVE_HOME:-unset}\" >> " + home.resolve("ran") + "\nexit 7\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        Files.createDirectories(home.resolve("target"));
        Files.writeString(home.resolve("target/tracker-native"), "binary");
        try (var files = Files.walk(home)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, BEFORE);
            }
        }
        Files.setLastModifiedTime(home.resolve("target/tracker-native"), BUILT);
    }

    @Test
    void aBinaryNewerThanEverySourceRunsTheCommandItself() throws IOException {
        assertThat(NativeFreshness.newerSource(home, BUILT)).isFalse();
        assertThat(NativeFreshness.runJarIfStale(new String[] {"status"}, home)).isEqualTo(-1);
        assertThat(home.resolve("ran")).doesNotExist();
    }

    @Test
    void aNewerSourceAnywhereTheLauncherLooksMakesItStale() throws IOException {
        for (String source : new String[] {"pom.xml", "src/main/java/dev/A.java", "src/main/java/dev", "src/main/resources/r.txt",
            "roadmaps/a.md", "roadmaps", "roadmaps/old"}) {
            Files.setLastModifiedTime(home.resolve(source), AFTER);
            assertThat(NativeFreshness.newerSource(home, BUILT)).as(source).isTrue();
            Files.setLastModifiedTime(home.resolve(source), BEFORE);
        }
        // the launcher's glob is roadmaps/*: a file in a folder below is not a source
        Files.setLastModifiedTime(home.resolve("roadmaps/old/deep.md"), AFTER);
        assertThat(NativeFreshness.newerSource(home, BUILT)).isFalse();
        // dot files are not sources either (bash's glob skips them): an editor's swap file
        Files.writeString(home.resolve("src/main/java/dev/.A.java.swp"), "x");
        Files.createDirectories(home.resolve("src/main/.idea"));
        Files.writeString(home.resolve("src/main/.idea/x"), "x");
        Files.writeString(home.resolve("roadmaps/.a.md.swp"), "x");
        Files.setLastModifiedTime(home.resolve("src/main/java/dev"), BEFORE);
        Files.setLastModifiedTime(home.resolve("src/main"), BEFORE);
        Files.setLastModifiedTime(home.resolve("roadmaps"), BEFORE);
        assertThat(NativeFreshness.newerSource(home, BUILT)).isFalse();
        // as old as the binary is not newer ([ -nt ] is strict)
        Files.setLastModifiedTime(home.resolve("pom.xml"), BUILT);
        assertThat(NativeFreshness.newerSource(home, BUILT)).isFalse();
    }

    @Test
    void staleItRunsTheJarThroughTheLauncherWithTheArgumentsAndExitsWithItsCode() throws IOException {
        Files.setLastModifiedTime(home.resolve("src/main/java/dev/A.java"), AFTER);
        assertThat(NativeFreshness.runJarIfStale(new String[] {"check", "two words"}, home)).isEqualTo(7);
        assertThat(Files.readString(home.resolve("ran"))).isEqualTo("<check><two words> native=0 home=unset\n");
    }

    @Test
    void withoutItsStampOrOnTheJvmItGoesOn() throws IOException {
        Files.setLastModifiedTime(home.resolve("pom.xml"), AFTER);
        // the JVM (no native image): never tested, whatever the environment says
        assertThat(NativeFreshness.runJarIfStale(new String[] {"status"}, Map.of(NativeFreshness.HOME, home.toString())))
                .isEqualTo(-1);
        Files.delete(home.resolve("target/tracker-native"));
        assertThat(NativeFreshness.runJarIfStale(new String[] {"status"}, home)).isEqualTo(-1);
        assertThat(home.resolve("ran")).doesNotExist();
        Files.delete(home.resolve("pom.xml"));
        assertThat(NativeFreshness.newerSource(home.resolve("nowhere"), BUILT)).isFalse();
    }
}
