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
 * same round: a cost of a few ms, which drifting load hides in the medians, shows there.
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
        double[][] times = new double[cases.size()][runs];
        for (int round = -warmup; round < runs; round++) {
            for (int c = 0; c < cases.size(); c++) {
                double ms = time(cases.get(c));
                if (round >= 0) {
                    times[c][round] = ms;
                }
            }
        }
        double floor = median(times[0]);
        System.out.printf("%-22s %10s %8s   (%d runs each, interleaved, after %d warm-up rounds)%n",
                "command", "median ms", "ratio", runs, warmup);
        for (int c = 0; c < cases.size(); c++) {
            double median = median(times[c]);
            System.out.printf("%-22s %10.1f %7.2fx%n", cases.get(c).name(), median, median / floor);
        }
        String against = System.getProperty("against");
        int base = against == null ? -1 : cases.stream().map(Case::name).toList().indexOf(against);
        if (base >= 0) {
            System.out.printf("%nover %s, the median of the %d rounds' differences:%n", against, runs);
            for (int c = 0; c < cases.size(); c++) {
                if (c != base) {
                    double[] delta = new double[runs];
                    for (int round = 0; round < runs; round++) {
                        delta[round] = times[c][round] - times[base][round];
                    }
                    System.out.printf("%-22s %+9.1f ms%n", cases.get(c).name(), median(delta));
                }
            }
        }
    }

    private static double time(Case c) throws Exception {
        if (c.prepare() != null) {
            run(c.prepare());
        }
        long start = System.nanoTime();
        int exit = run(c.command());
        double ms = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IllegalStateException(c.name() + " exited " + exit + ": " + c.command());
        }
        return ms;
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
