import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes roadmaps with exactly SKILLS skills in all (as the tracker counts them) over FILES
 * files, in the shapes of the bundled roadmaps taken in turn: levels (L1..L3 under topics),
 * nested marked items under phases, plans of plain bullets (days, weeks: no mark anywhere, so
 * every leaf bullet is a skill) and marked quarter/month/week plans. One SEED gives the same
 * bytes everywhere, so runs on different machines measure the same input. Prints the count.
 * Run with: java bench/GenerateRoadmaps.java SEED SKILLS FILES OUTDIR
 */
public class GenerateRoadmaps {
    private static final String[] WORDS = ("runtime scheduler memory channels mutex atomics context generics interfaces errors slices maps strings "
            + "reflection testing fuzzing benchmarks profiling tracing logging metrics http grpc json sql indexes locking "
            + "caching queues streams pipelines workers retries timeouts backpressure sharding replication consensus raft "
            + "gossip hashing routing sockets buffers pools allocation escape inlining linking modules vendoring builds "
            + "releases containers kubernetes deploys rollbacks alerts dashboards budgets latency throughput security tokens "
            + "sessions schemas migrations fixtures mocks contracts events sagas outbox").split(" ");
    private static final String[] VERBS = {"Explain", "Build", "Measure", "Design", "Debug", "Compare", "Refactor", "Tune"};
    private static final String[] SHAPES = {"levels", "nested", "plain", "plan"};

    private static Random rng;   // one for all files, in order: the seed fixes every byte
    private final StringBuilder out = new StringBuilder();
    private int left;            // skills this file still has to get

    public static void main(String[] args) throws Exception {
        rng = new Random(Long.parseLong(args[0]));
        int skills = Integer.parseInt(args[1]), files = Integer.parseInt(args[2]);
        Path dir = Files.createDirectories(Path.of(args[3]));
        long bytes = 0;
        for (int f = 0; f < files; f++) {
            String shape = SHAPES[f % SHAPES.length];
            GenerateRoadmaps g = new GenerateRoadmaps();
            g.left = skills / files + (f < skills % files ? 1 : 0);
            switch (shape) {
                case "levels" -> g.levels();
                case "nested" -> g.nested();
                case "plain" -> g.plain();
                default -> g.plan();
            }
            byte[] text = g.out.toString().getBytes(StandardCharsets.UTF_8);
            if (g.left != 0 || text.length >= 1 << 20) {   // the count is the point; 1 MB is the parser's cap
                throw new IllegalStateException(shape + " file " + f + ": " + g.left + " skills short, " + text.length + " bytes");
            }
            Files.write(dir.resolve(String.format("%02d-%s-%s.md", f + 1, shape, g.word())), text);
            bytes += text.length;
        }
        System.out.printf("%d skills in %d files, %d KB%n", skills, files, bytes / 1024);
    }

    /** go-architect-tracker: topics, each with L1..L3 (or "Level N: …") lists of marked items. */
    private void levels() {
        // no plain bullets up here: a file whose share is 0 skills would read as a plan of them
        out.append("# ").append(title(2)).append(" Progress Tracker\n\n**Taxonomy:** L1 Junior, L2 Senior, L3 Architect.\n\n")
                .append("```markdown\n- [ ] an example in a fence, never a skill\n```\n");
        while (left > 0) {
            out.append("\n---\n\n## ").append(title(2)).append("\n");
            for (int level = 1; level <= 3 && left > 0; level++) {
                out.append(rng.nextBoolean() ? "\n### L" + level + ": " + phrase(3)
                        : "\n### Level " + level + ": " + "JUNIOR SENIOR ARCHITECT".split(" ")[level - 1]).append("\n");
                for (int k = take(3, 6); k > 0; k--) {
                    out.append("- ").append(mark(0.7 - 0.3 * level)).append(" **").append(title(1)).append(":** ")
                            .append(phrase(5)).append(".\n");
                }
            }
        }
    }

    /** concurrency-god-mode: phases under status headings; marked items with marked and plain sub-items. */
    private void nested() {
        out.append("# \uD83D\uDE80 ").append(title(2).toUpperCase()).append(" - MASTERY ROADMAP\n\n## \uD83D\uDCCB PHASE TRACKING\n");
        for (int phase = 1; left > 0; phase++) {
            boolean done = rng.nextInt(4) == 0;
            out.append("\n### **Phase ").append(phase).append(": ").append(title(3).toUpperCase()).append("**\n*").append(phrase(4))
                    .append("*\n\n#### Status: ").append(done ? "\u2705 COMPLETED" : "\uD83D\uDD04 IN PROGRESS").append("\n");
            for (int group = take(5, 12); group > 0; ) {
                int children = Math.min(group - 1, rng.nextInt(4));
                out.append("- ").append(mark(done ? 1 : 0.2)).append(" **").append(title(3)).append("** - `").append(word()).append(".go`\n")
                        .append("  - ").append(phrase(4)).append("\n");   // a plain sub-bullet: a note, not a skill
                for (int c = 0; c < children; c++) {   // the third child goes one deeper, under the second
                    out.append(c == 2 ? "    - " : "  - ").append(mark(done ? 1 : 0.3)).append(" ").append(phrase(4)).append("\n");
                }
                group -= children + 1;
            }
        }
        out.append("\n## Current Focus\n- [/] ").append(title(3)).append("\n");   // a status list: a hint, not a skill
    }

    /** senior-go-14-day-plan and the bootcamp: no marks at all, so every leaf bullet is a skill. */
    private void plain() {
        boolean days = rng.nextBoolean();
        out.append("# Intensive ").append(days ? "Day" : "Week").append(" Plan: ").append(title(2)).append("\n");
        for (int n = 1; left > 0; n++) {
            out.append(days ? "\n## Day " + n + ": " : "\n## \uD83D\uDDD3 Week " + n + " \u2014 ").append(title(3)).append("\n");
            for (String part : new String[] {"Morning (6 hours)", "Evening (8 hours)"}) {
                out.append("\n### ").append(part).append("\n");
                for (int items = take(4, 9); items > 0; ) {
                    int leaves = Math.min(items, 1 + rng.nextInt(4));
                    String bullet = rng.nextInt(3) == 0 ? "1. " : "* ";
                    if (leaves == 1 && rng.nextBoolean()) {
                        out.append(bullet).append(phrase(5)).append("\n");   // a leaf at the top
                    } else {
                        out.append(bullet).append(title(3)).append("\n");    // a group: its sub-list holds the skills
                        for (int l = 0; l < leaves; l++) {
                            out.append("   ", 0, bullet.length()).append("* ").append(phrase(4)).append("\n");
                        }
                    }
                    items -= leaves;
                }
            }
        }
    }

    /** go-mastery-plan: quarters, months (the first COMPLETE), marked weeks; a "Next Up" line for `next`. */
    private void plan() {
        out.append("# ").append(title(2)).append(" Mastery Plan\n\nNext Up: ").append(title(2)).append("\n");
        for (int quarter = 1, week = 1; left > 0; quarter++) {
            out.append("\n# Quarter ").append(quarter).append(": ").append(title(3)).append("\n\n**Goal:** ").append(phrase(6)).append(".\n");
            for (int month = 1; month <= 3 && left > 0; month++) {
                boolean done = quarter == 1 && month == 1;   // the rest mostly open, so that `next` has choices
                out.append("\n## Month ").append(3 * quarter - 3 + month).append(": ").append(title(2)).append(done ? " (COMPLETE)" : "").append("\n");
                for (int k = take(4, 8); k > 0; k--, week++) {
                    String m = done ? "[x]" : rng.nextInt(12) == 0 ? "[/]" : rng.nextInt(20) == 0 ? "[-]" : mark(0.1);
                    out.append("- ").append(m).append(" **Week ").append(week).append(":** ").append(phrase(5)).append(".\n");
                }
            }
        }
    }

    /** Takes a group of from..from+spread-1 skills, never more than are left. */
    private int take(int from, int spread) {
        int k = Math.min(left, from + rng.nextInt(spread));
        left -= k;
        return k;
    }

    private String mark(double doneShare) { return rng.nextDouble() < doneShare ? "[x]" : "[ ]"; }

    private String word() { return WORDS[rng.nextInt(WORDS.length)]; }

    /** "Runtime Channels": capitalised random words, so that section ids vary. */
    private String title(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = word();
            s.append(i == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
        }
        return s.toString();
    }

    /** "Tune maps slices and sql": a verb and words, short lines like a hand-written plan's. */
    private String phrase(int words) {
        StringBuilder s = new StringBuilder(VERBS[rng.nextInt(VERBS.length)]);
        for (int i = 1; i < words; i++) s.append(i == words - 1 ? " and " : " ").append(word());
        return s.toString();
    }
}
