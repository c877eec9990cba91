import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Types keys into a tmux pane and times each answer: from just before `tmux send-keys` to the
 * moment the pane's output (copied to OUTPUT by `tmux pipe-pane`) holds the text the key should
 * bring, polled every millisecond, so the figure is the program's answer plus tmux's own delay,
 * not the cost of polling. Each STEP is KEY=REGEX; REGEX may hold {n}, the round (1, 2, ...).
 * Prints one line per step: its name and the milliseconds of each round.
 * Run with: java bench/KeyLatency.java SOCKET OUTPUT ROUNDS STEP...
 */
public class KeyLatency {
    public static void main(String[] args) throws Exception {
        String socket = args[0];
        Path output = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        List<List<Long>> times = new ArrayList<>();
        for (int s = 3; s < args.length; s++) {
            times.add(new ArrayList<>());
        }
        for (int round = 1; round <= rounds; round++) {
            for (int s = 3; s < args.length; s++) {
                String key = args[s].substring(0, args[s].indexOf('='));
                Pattern answer = Pattern.compile(args[s].substring(key.length() + 1).replace("{n}", String.valueOf(round)));
                times.get(s - 3).add(press(socket, output, key, answer));
            }
        }
        for (int s = 3; s < args.length; s++) {
            System.out.println(args[s].substring(0, args[s].indexOf('=')) + " " + times.get(s - 3));
        }
    }

    /** Milliseconds until text matching ANSWER appears in the output written after the key was sent. */
    private static long press(String socket, Path output, String key, Pattern answer) throws IOException, InterruptedException {
        long seen = Files.size(output);
        long start = System.nanoTime();
        Process send = new ProcessBuilder("tmux", "-L", socket, "send-keys", "-t", "t", key).inheritIO().start();
        long deadline = start + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            byte[] all = Files.readAllBytes(output);
            String fresh = new String(all, (int) Math.min(seen, all.length), (int) Math.max(0, all.length - seen), StandardCharsets.UTF_8);
            if (answer.matcher(fresh).find()) {
                long millis = (System.nanoTime() - start) / 1_000_000;
                send.waitFor();
                return millis;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("no answer to " + key + " matching /" + answer + "/ in 10 s");
    }
}
