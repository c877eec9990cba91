package dev.tracker.fsrs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The golden vectors written by {@code src/test/fsrs/generate-vectors.mjs} from ts-fsrs: one
 * review per line, tab-separated, '#' lines are comments. Read without Jackson on purpose: the
 * fsrs package and its tests depend on nothing.
 */
final class ReferenceVectors {
    static final String RESOURCE = "/dev/tracker/fsrs/vectors.tsv";

    /** One review of one sequence, and what ts-fsrs made of it. */
    record Step(int sequence, int step, double retention, int maximumInterval, Instant reviewAt,
                Grade grade, long elapsedDays, double retrievabilityBefore, Instant due,
                double stability, double difficulty, int reps, int lapses, CardState state,
                long scheduledDays) {

        /** Reads like the generator's arguments, so that a failure says which case it is. */
        String describe() {
            return "sequence " + sequence + " step " + step + " (" + grade.label() + " at " + reviewAt
                    + ", retention " + retention + ", max interval " + maximumInterval + ")";
        }
    }

    private ReferenceVectors() {
    }

    static List<Step> load() {
        try (InputStream in = ReferenceVectors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing: run src/test/fsrs/generate-vectors.mjs");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Step> steps = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    steps.add(parse(line.split("\t", -1)));
                }
            }
            return steps;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Step parse(String[] f) {
        if (f.length != 15) {
            throw new IllegalArgumentException("expected 15 columns, got " + f.length + ": " + String.join(" ", f));
        }
        return new Step(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                Integer.parseInt(f[3]), Instant.parse(f[4]), Grade.fromValue(Integer.parseInt(f[5])),
                Long.parseLong(f[6]), Double.parseDouble(f[7]), Instant.parse(f[8]),
                Double.parseDouble(f[9]), Double.parseDouble(f[10]), Integer.parseInt(f[11]),
                Integer.parseInt(f[12]), CardState.fromCode(Integer.parseInt(f[13])), Long.parseLong(f[14]));
    }
}
