import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times shell commands interleaved (one run of each per round, so that a noisy neighbour
 * slows them all alike) and prints each one's median and its ratio to the first command,
 * the baseline. Each argument is NAME=COMMAND or NAME=COMMAND@@PREPARE (PREPARE runs untimed
 * before every run of COMMAND). Run with: java bench/Interleave.java RUNS WARMUP ARGS...
 * With -Dagainst=NAME it also prints each command's median difference to NAME's run of the
 * same round: a cost of a few ms, which drifting load hides in the medians, shows there; and
 * the same of the CPU time (user + system, bash's `times`), which a busy machine inflates less.
 * With -Dzero=NAME, a "net" column: each ratio with NAME's median (the harness's own cost of
 * starting a command, as for `true`) taken off the command and the baseline alike.
 */
public class Interleave {
    record Case(String name, String command, String prepare) {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        List<Case> cases = new ArrayList<>();
        for (String arg : Arrays.copyOfRange(args, 2, args.length)) {
            String name = arg.substring(0, arg.indexOf('='));
            String[] parts = arg.substring(arg.indexOf('=') + 1).split("@@", 2);
            cases.add(new Case(name, parts[0], parts.length > 1 ? parts[1] : null));
        }
        String against = System.getProperty("against");
        double[][] times = new double[cases.size()][runs];
        double[][] cpu = new double[cases.size()][runs];
        for (int round = -warmup; round < runs; round++) {
            for (int c = 0; c < cases.size(); c++) {
                double[] ms = time(cases.get(c), against != null);
                if (round >= 0) {
                    times[c][round] = ms[0];
                    cpu[c][round] = ms[1];
                }
            }
        }
        double floor = median(times[0]);
        // -Dzero=NAME: that row (say `true`) is what starting any command costs the harness (Java's
        // spawn, bash -c): the "net" column is each row's ratio to the floor with it taken off both
        int zero = cases.stream().map(Case::name).toList().indexOf(System.getProperty("zero", ""));
        double harness = zero < 0 ? 0 : median(times[zero]);
        System.out.printf("%-22s %10s %8s%s   (%d runs each, interleaved, after %d warm-up rounds)%n",
                "command", "median ms", "ratio", zero < 0 ? "" : "      net", runs, warmup);
        for (int c = 0; c < cases.size(); c++) {
            double median = median(times[c]);
            String net = zero < 0 || c == zero ? "" : String.format(" %7.2fx", (median - harness) / (floor - harness));
            System.out.printf("%-22s %10.1f %7.2fx%s%n", cases.get(c).name(), median, median / floor, net);
        }
        int base = against == null ? -1 : cases.stream().map(Case::name).toList().indexOf(against);
        if (base >= 0) {
            System.out.printf("%nover %s, the median of the %d rounds' differences:%n%-22s %12s %12s%n",
                    against, runs, "command", "wall", "cpu");
            for (int c = 0; c < cases.size(); c++) {
                if (c != base) {
                    System.out.printf("%-22s %+9.1f ms %+9.1f ms%n", cases.get(c).name(),
                            median(difference(times[c], times[base])), median(difference(cpu[c], cpu[base])));
                }
            }
        }
    }

    /** The wall time of one run of {@code c} and, when asked, its CPU time (else 0), in ms. */
    private static double[] time(Case c, boolean cpu) throws Exception {
        if (c.prepare() != null) {
            run(c.prepare());
        }
        long start = System.nanoTime();
        double cpuMs = 0;
        int exit;
        if (cpu) { // the children's user and system time, as `times` prints it on its second line
            Process process = new ProcessBuilder("bash", "-c", "{ " + c.command() + "\n} >/dev/null; e=$?; times; exit $e")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String[] lines = new String(process.getInputStream().readAllBytes()).strip().split("\n");
            exit = process.waitFor();
            for (String field : lines[lines.length - 1].strip().split(" +")) {
                cpuMs += minutesSeconds(field);
            }
        } else {
            exit = run(c.command());
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IllegalStateException(c.name() + " exited " + exit + ": " + c.command());
        }
        return new double[] {ms, cpuMs};
    }

    /** "0m0.105s" in ms. */
    private static double minutesSeconds(String field) {
        int m = field.indexOf('m');
        return (Integer.parseInt(field.substring(0, m)) * 60 + Double.parseDouble(field.substring(m + 1, field.length() - 1))) * 1000;
    }

    private static double[] difference(double[] values, double[] base) {
        double[] delta = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            delta[i] = values[i] - base[i];
        }
        return delta;
    }

    private static int run(String command) throws Exception {
        return new ProcessBuilder("bash", "-c", command).redirectOutput(new File("/dev/null"))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start().waitFor();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
