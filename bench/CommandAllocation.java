import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The bytes each command line allocates on the main thread, in one JVM: a native image faults in
 * a fresh page for about every 4 KB of them, which is most of a short command's system time.
 * The second of two runs is reported (the first pays class initialisation). Output to nowhere.
 * Run with: java -cp target/tracker.jar bench/CommandAllocation.java ROADMAPS STATE 'CMD;CMD;...'
 */
public class CommandAllocation {
    public static void main(String[] args) throws Exception {
        Method run = Class.forName("dev.tracker.app.Main").getDeclaredMethod("run", String[].class, Map.class, Path.class);
        run.setAccessible(true);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        PrintStream report = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        for (int round = 0; round < 2; round++) {
            for (String command : args[2].split(";")) {
                List<String> line = new ArrayList<>(List.of("--roadmaps", args[0], "--state", args[1]));
                line.addAll(Arrays.asList(command.trim().split(" ")));
                long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
                run.invoke(null, line.toArray(new String[0]), System.getenv(), Path.of("").toAbsolutePath());
                long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
                if (round == 1) {
                    report.printf("%-24s %,8d KB%n", command, allocated / 1024);
                }
            }
        }
    }
}
