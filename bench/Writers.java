import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import dev.tracker.graph.TrackerException;
import dev.tracker.state.LockWait;
import dev.tracker.state.StateStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Concurrent writers on one state file (bench/writers runs it; compiled against the jar).
 *
 *   cli JAR DIR FLAGS N          N `tracker check` commands started together, each its own skill
 *                                (the stress test, JVM start-up included): how many made
 *                                their change, how many gave up (exit 75), start to end max and median
 *   lock JAR DIR FLAGS N GAP     N writer processes, warmed up, ask for the lock GAP ms apart while
 *                                this program holds it (as another program would), then it lets go:
 *                                how many made their change, each one's wait from asking to holding
 *                                the lock (max, median), how long after the holder let go the last one
 *                                got it, and how many got it after one that asked later
 *   child STATE N START          (the writer of "lock": asks when START exists, prints the two times)
 */
public class Writers {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("child")) {
            child(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            return;
        }
        String jar = args[1];
        Path dir = Path.of(args[2]);
        List<String> flags = args[3].isBlank() ? List.of() : Arrays.asList(args[3].trim().split("\\s+"));
        int n = Integer.parseInt(args[4]);
        if (args[0].equals("cli")) {
            cli(jar, dir, flags, n);
        } else {
            lock(jar, dir, flags, n, Long.parseLong(args[5]));
        }
    }

    private static void cli(String jar, Path dir, List<String> flags, int n) throws Exception {
        Path roadmaps = Files.createDirectories(dir.resolve("rm"));
        StringBuilder plan = new StringBuilder("# Plan\n\n");
        for (int i = 0; i <= n; i++) {
            plan.append("- [ ] Skill ").append(i).append('\n');
        }
        Files.writeString(roadmaps.resolve("plan.md"), plan);
        String state = dir.resolve("state.json").toString();
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(flags);
        command.addAll(List.of("-jar", jar, "check", "SKILL", "--roadmaps", roadmaps.toString(), "--state", state));
        start(command, "plan/skill-0").waitFor(); // the state file and the roadmap cache
        long[] took = new long[n];
        List<Process> writers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int writer = i;
            Process process = start(command, "plan/skill-" + (i + 1));
            process.onExit().thenRun(() -> took[writer] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            writers.add(process);
        }
        int[] exits = new int[3];
        for (Process writer : writers) {
            int exit = writer.waitFor();
            writer.onExit().join();
            exits[exit == 0 ? 0 : exit == 75 ? 1 : 2]++;
        }
        Thread.sleep(100); // the last onExit actions
        Arrays.sort(took);
        System.out.printf("cli %d at once: %d made their change, %d gave up (exit 75), %d other; start to end: max %d ms, "
                + "median %d ms%n", n, exits[0], exits[1], exits[2], took[n - 1], took[n / 2]);
    }

    private static void lock(String jar, Path dir, List<String> flags, int n, long gap) throws Exception {
        Path state = dir.resolve("state.json");
        new StateStore(state).update(p -> p.with(skill(0), SkillStatus.DONE, Instant.now()));
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(flags);
        command.addAll(List.of("-cp", jar + java.io.File.pathSeparator + System.getProperty("java.class.path"), "Writers", "child",
                state.toString()));
        List<Process> writers = new ArrayList<>();
        List<BufferedReader> outs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            List<String> one = new ArrayList<>(command);
            one.addAll(List.of(String.valueOf(i), dir.resolve("start-" + i).toString()));
            Process process = new ProcessBuilder(one).redirectErrorStream(true).start();
            writers.add(process);
            outs.add(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
        }
        for (BufferedReader out : outs) {
            String ready = out.readLine();
            if (!"ready".equals(ready)) {
                throw new IllegalStateException("a writer said " + ready);
            }
        }
        try (FileChannel channel = FileChannel.open(dir.resolve("state.json.lock"), StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            for (int i = 1; i <= n; i++) {
                Files.createFile(dir.resolve("start-" + i));
                Thread.sleep(gap);
            }
            Thread.sleep(500);
        }
        long released = micros(Instant.now());
        record Wait(long asked, long got) {
        }
        List<Wait> waits = new ArrayList<>();
        int[] exits = new int[3];
        for (int i = 0; i < n; i++) {
            String line = outs.get(i).readLine();
            int exit = writers.get(i).waitFor();
            exits[exit == 0 ? 0 : exit == 75 ? 1 : 2]++;
            if (exit == 0) {
                String[] times = line.split(" ");
                waits.add(new Wait(Long.parseLong(times[0]), Long.parseLong(times[1])));
            }
        }
        long[] waited = waits.stream().mapToLong(w -> w.got() - w.asked()).sorted().toArray();
        waits.sort(Comparator.comparingLong(Wait::got));
        int passed = 0;
        long latestAsked = Long.MIN_VALUE;
        for (Wait wait : waits) {
            passed += wait.asked() < latestAsked ? 1 : 0; // someone who asked later got the lock earlier
            latestAsked = Math.max(latestAsked, wait.asked());
        }
        long lastGot = waits.isEmpty() ? released : waits.get(waits.size() - 1).got();
        System.out.printf("lock %d, asking %d ms apart: %d made their change, %d gave up (exit 75), %d other; wait for the "
                + "lock: max %d ms, median %d ms; all in %d ms after the holder let go; %d got it after one that asked "
                + "later%n", n, gap, exits[0], exits[1], exits[2], waited.length == 0 ? 0 : waited[waited.length - 1] / 1000,
                waited.length == 0 ? 0 : waited[waited.length / 2] / 1000, (lastGot - released) / 1000, passed);
    }

    /** Warms up on a scratch file, waits for START, then checks skill N: prints "ASKED GOT" in microseconds of the clock. */
    private static void child(Path state, int n, Path start) throws Exception {
        Path scratch = Files.createTempDirectory("writers-warm-up");
        for (int i = 0; i < 2; i++) {
            int k = i;
            new StateStore(scratch.resolve("state.json")).update(p -> p.with(skill(k), SkillStatus.DONE, Instant.now()));
        }
        System.out.println("ready");
        System.out.flush();
        while (!Files.exists(start)) {
            Thread.sleep(1);
        }
        long[] got = new long[1];
        long asked = micros(Instant.now());
        try {
            new StateStore(state, new LockWait(Duration.ofSeconds(30), line -> { })).update(p -> {
                got[0] = micros(Instant.now());
                return p.with(skill(n), SkillStatus.DONE, Instant.now());
            });
        } catch (TrackerException e) {
            System.out.println("gave up: " + e.getMessage());
            System.exit(e.exitCode());
        }
        System.out.println(asked + " " + got[0]);
    }

    private static long micros(Instant time) {
        return time.getEpochSecond() * 1_000_000 + time.getNano() / 1000;
    }

    private static Skill skill(int n) {
        return new Skill("plan/skill-" + n, "plan", null, null, "Skill " + n, 0, SkillStatus.TODO, 1);
    }

    private static Process start(List<String> command, String skill) throws Exception {
        List<String> one = new ArrayList<>(command);
        one.set(one.indexOf("SKILL"), skill);
        return new ProcessBuilder(one).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
