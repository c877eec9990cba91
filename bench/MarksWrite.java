import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import dev.tracker.roadmap.MarkChange;
import dev.tracker.roadmap.MarkFileWriter;
import dev.tracker.roadmap.MarkdownRoadmapParser;
import dev.tracker.roadmap.RoadmapFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * Issue 13's write-marks budget: CHANGES marks written into a markdown file of SIZE_MB, at most
 * 1 s. The loader refuses roadmaps over 1 MB, so no command line can reach a 10 MB file: this
 * times the writer itself (MarkFileWriter, what `write-marks` runs per file: re-read and check
 * the bytes, splice the marks, the diff, the durable temp file, backup and rename), on a file
 * of sections whose items are spread evenly, each followed by prose. The baseline of the same
 * run is the floor of any such write: the same bytes written twice (file and backup) to temp
 * files, forced to disk and renamed. Rounds alternate the two, the file restored before each;
 * the first write-marks round is a cold JVM's, as a command's would be.
 * Run with: java -cp target/tracker.jar bench/MarksWrite.java DIR SIZE_MB CHANGES ROUNDS
 */
public class MarksWrite {
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int megabytes = Integer.parseInt(args[1]);
        int changes = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        Path file = dir.resolve("big-plan.md");
        byte[] original = markdown(megabytes << 20, changes).getBytes(StandardCharsets.UTF_8);
        Files.write(file, original);
        Roadmap roadmap = MarkdownRoadmapParser.parse("big-plan.md", new String(original, StandardCharsets.UTF_8));
        List<MarkChange> marks = new ArrayList<>();
        for (Skill skill : roadmap.skills()) {
            marks.add(new MarkChange(skill, SkillStatus.DONE));
        }
        System.out.printf("%.1f MB, %d skills, %d marks to write%n", original.length / 1048576.0, roadmap.skills().size(), marks.size());
        double[] floor = new double[rounds];
        double[] write = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            RoadmapFile read = restore(file, original, roadmap.id());
            long start = System.nanoTime();
            MarkFileWriter.Outcome outcome = MarkFileWriter.write(read, marks, false);
            write[round] = (System.nanoTime() - start) / 1e6;
            long done = countDone(Files.readAllBytes(file));
            if (done != marks.size() || outcome.diff().isEmpty()) {
                throw new IllegalStateException("write-marks wrote " + done + " marks, not " + marks.size());
            }
            restore(file, original, roadmap.id());
            start = System.nanoTime();
            durable(dir.resolve("floor.md"), original);
            durable(dir.resolve("floor.md.bak"), original);
            floor[round] = (System.nanoTime() - start) / 1e6;
        }
        double base = median(floor);
        System.out.printf("%-34s %10s %8s   (%d rounds, alternating)%n", "case", "median ms", "ratio", rounds);
        System.out.printf("%-34s %10.1f %7.2fx%n", "durable write of file and backup", base, 1.0);
        System.out.printf("%-34s %10.1f %7.2fx%n", "write-marks, " + marks.size() + " marks", median(write), median(write) / base);
        System.out.printf("%-34s %10.1f %7.2fx%n", "write-marks, first (cold JVM)", write[0], write[0] / base);
    }

    /** Sections of CHANGES/50 items each ("- [ ] ..."), prose after every item to reach SIZE bytes. */
    static String markdown(int size, int changes) {
        String sentence = "Prose between the items, as a plan's notes run on: what to read, what to build, why it matters. ";
        int prose = Math.max(0, (size - changes * 40) / changes);
        String paragraph = sentence.repeat(prose / sentence.length() + 1).substring(0, prose);
        StringBuilder out = new StringBuilder(size + 4096).append("# Big plan\n\n");
        for (int i = 0; i < changes; i++) {
            if (i % 50 == 0) {
                out.append("## Week ").append(i / 50 + 1).append("\n\n");
            }
            out.append("- [ ] Item ").append(i).append(" of the plan\n\n").append(paragraph).append("\n\n");
        }
        return out.toString();
    }

    private static RoadmapFile restore(Path file, byte[] bytes, String id) throws IOException {
        Files.write(file, bytes);
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        long modified = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
        return new RoadmapFile(id, file, bytes.length, modified, (int) crc.getValue());
    }

    private static void durable(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static long countDone(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.lines().filter(line -> line.startsWith("- [x] ")).count();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
