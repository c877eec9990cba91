import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes the two sides of a merge, OURS and THEIRS, each a schema 2 state file of ENTRIES
 * history entries: the first SHARED entries alike (the history both machines had), then each
 * side's own, interleaved in time, over 2,000 skills: status changes, a review after every
 * third. One SEED gives the same bytes everywhere. The file's `skills`
 * map is left empty (the tracker replays the history). Prints the entries the union must hold.
 * Run with: java bench/GenerateHistories.java SEED ENTRIES SHARED OUTDIR [IDS]
 * With IDS (a file of skill ids, one a line), the entries are of those skills instead.
 */
public class GenerateHistories {
    private static final DateTimeFormatter CMD = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String[] STATUS = {"todo", "in-progress", "done", "skipped"};
    private static String[] ids;

    public static void main(String[] args) throws IOException {
        long seed = Long.parseLong(args[0]);
        int entries = Integer.parseInt(args[1]);
        int shared = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        ids = args.length > 4 ? Files.readAllLines(Path.of(args[4])).toArray(new String[0]) : null;
        Files.createDirectories(out);
        side(out.resolve("ours.json"), seed, entries, shared, 0);
        side(out.resolve("theirs.json"), seed, entries, shared, 1);
        System.out.println(2L * entries - shared);
    }

    private static void side(Path file, long seed, int entries, int shared, int side) throws IOException {
        Random random = new Random(seed);
        Instant start = Instant.parse("2020-01-01T00:00:00Z");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\n  \"history\": [");
            String lastCmd = null;
            for (int i = 0; i < entries; i++) {
                boolean own = i >= shared;
                if (own && i == shared) {
                    random = new Random(seed * 31 + side + 1);
                }
                // own commands of the two sides interleave: even milliseconds here, odd there
                Instant at = start.plusSeconds(60L * i).plusMillis(own ? side : 0);
                String cmd = CMD.format(at) + "-" + String.format("%08x", (i * 2654435761L + (own ? side : 0)) & 0xffffffffL);
                String id = ids != null ? ids[random.nextInt(ids.length)]
                        : "plan/topic-" + random.nextInt(40) + "/skill-" + random.nextInt(50);
                String line;
                if (lastCmd != null && i % 3 == 2) {
                    line = "{\"at\":\"" + at + "\",\"cmd\":\"" + lastCmd + "\",\"grade\":\"good\",\"id\":\"" + id
                            + "\",\"kind\":\"review\",\"retention\":0.9}";
                } else {
                    String to = STATUS[1 + random.nextInt(3)];
                    line = "{\"at\":\"" + at + "\",\"cmd\":\"" + cmd + "\",\"from\":\"todo\",\"id\":\"" + id
                            + "\",\"kind\":\"status\",\"title\":\"Skill " + id + "\",\"to\":\"" + to + "\"}";
                    lastCmd = cmd;
                }
                w.write(i == 0 ? "\n    " : ",\n    ");
                w.write(line);
            }
            w.write("\n  ],\n  \"skills\": {},\n  \"version\": 2\n}\n");
        }
    }
}
