package dev.tracker.state;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The main of the child JVMs the process-level tests start ({@link ChildJvm}). Each mode
 * prints "ready" once it has started up, so that a test can time what follows.
 *
 * <pre>
 * check STATE SKILL-ID [START-FILE]   warms up, waits for START-FILE to exist, then checks the skill;
 *                                     exits with the tracker's exit code (0, or 75 when the lock stays held)
 * grow STATE                          appends change n+1 to a history of n and prints "wrote", forever
 *                                     (killed by the test); its first write still loads classes
 * hold STATE SKILL-ID RELEASE-FILE    checks the skill, printing "holding" under the lock and keeping it
 *                                     until RELEASE-FILE exists (or the test kills it)
 * </pre>
 */
public final class StateWriterProcess {
    /** Change n of the grow loop is always the same: the history is a chain of known prefixes. */
    static final Instant GROWTH_START = Instant.parse("2026-01-01T00:00:00Z");

    private StateWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        endWithTheTest();
        StateStore store = new StateStore(Path.of(args[1]));
        switch (args[0]) {
            case "check":
                warmUp();
                ready();
                if (args.length > 3) {
                    awaitFile(Path.of(args[3]));
                }
                System.exit(check(store, args[2]));
                break;
            case "hold":
                warmUp();
                ready();
                store.update(p -> {
                    System.out.println("holding");
                    System.out.flush();
                    awaitFileQuietly(Path.of(args[3]));
                    return p.with(StateFixtures.todo(args[2]), SkillStatus.DONE, Instant.now());
                });
                System.exit(0);
                break;
            case "grow":
                store.load(); // the reader's classes; the writer's load during the first write
                ready();
                while (true) {
                    store.update(StateWriterProcess::grow);
                    System.out.println("wrote");
                    System.out.flush();
                }
            default:
                throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    /** The test holds the other end of stdin: when it ends, however it ends, so does this child. */
    private static void endWithTheTest() {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // nothing is ever sent; only the end matters
                }
            } catch (IOException e) {
                // the pipe broke: the test is gone as well
            }
            Runtime.getRuntime().halt(1);
        });
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void ready() {
        System.out.println("ready");
        System.out.flush();
    }

    /** The next link of the grow chain: change n checks skill grow/n at GROWTH_START + n seconds. */
    static Progress grow(Progress progress) {
        int n = progress.history().size();
        return progress.with(StateFixtures.todo("grow/" + n), SkillStatus.DONE, GROWTH_START.plusSeconds(n));
    }

    private static int check(StateStore store, String skillId) {
        Skill skill = StateFixtures.todo(skillId);
        try {
            store.update(p -> p.with(skill, SkillStatus.DONE, Instant.now()));
            return 0;
        } catch (TrackerException e) {
            System.err.println("tracker: " + e.getMessage());
            return e.exitCode();
        }
    }

    /**
     * One change to a scratch state file, so that class loading and the first compilations are
     * done before "ready": what follows is then the lock and the write, not start-up.
     */
    private static void warmUp() throws IOException {
        Path scratch = Files.createTempDirectory("tracker-warm-up");
        new StateStore(scratch.resolve("state.json")).update(StateWriterProcess::grow);
        new StateStore(scratch.resolve("state.json")).update(StateWriterProcess::grow);
        try (Stream<Path> files = Files.list(scratch)) {
            for (Path file : files.collect(Collectors.toList())) {
                Files.delete(file);
            }
        }
        Files.delete(scratch);
    }

    private static void awaitFileQuietly(Path file) {
        try {
            awaitFile(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Polls rather than blocks, so that twenty children start their updates within a millisecond
     * or two. Gives up after two minutes: a test that failed before creating the file leaves no
     * process behind for long.
     */
    private static void awaitFile(Path start) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!Files.exists(start)) {
            if (System.nanoTime() > deadline) {
                System.err.println("no " + start + " after two minutes");
                System.exit(1);
            }
            Thread.sleep(1);
        }
    }
}
