package dev.tracker.roadmap;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The inputs of cmark's test/pathological_tests.py (its 24 cases for the HTML renderer and its
 * "nested inlines" case for the CommonMark one), re-created here from their descriptions at
 * cmark's sizes, plus the input that fuzzing Flexmark found: "[" and 40 backslashes. Each with
 * what the loader does: "parsed", or a fragment of the warning that skips it.
 */
final class PathologicalInputs {
    static final String PARSED = "parsed";

    /** One input and its expected outcome. */
    record Case(String name, Supplier<String> input, String outcome) {
        @Override
        public String toString() {
            return name;
        }
    }

    private PathologicalInputs() {
    }

    static List<Case> cmarkSet() {
        return List.of(
                new Case("nested strong emph", () -> "*a **a ".repeat(32_500) + "b" + " a** a*".repeat(32_500), "130000 runs of * or _"),
                new Case("many emph closers with no openers", () -> "a_ ".repeat(32_500), "32500 runs of * or _"),
                new Case("many emph openers with no closers", () -> "_a ".repeat(32_500), "32500 runs of * or _"),
                new Case("many link closers with no openers", () -> "a]".repeat(32_500), PARSED),
                new Case("many link openers with no closers", () -> "[a".repeat(32_500), PARSED),
                new Case("mismatched openers and closers", () -> "*a_ ".repeat(25_000), "50000 runs of * or _"),
                new Case("issue #389", () -> "*a ".repeat(20_000) + "_a*_ ".repeat(20_000), "80000 runs of * or _"),
                new Case("openers and closers multiple of 3", () -> "a**b" + "c* ".repeat(25_000), "25001 runs of * or _"),
                new Case("link openers and emph closers", () -> "[ a_".repeat(25_000), "25000 runs of * or _"),
                new Case("pattern [ (]( repeated", () -> "[ (](".repeat(40_000), "40000 links in one paragraph whose"),
                new Case("pattern ![[]() repeated", () -> "![[]()".repeat(160_000), "160000 links in one paragraph whose"),
                new Case("hard link/emph case", () -> "**x [a*b**c*](d)", PARSED),
                new Case("nested brackets", () -> "[".repeat(25_000) + "a" + "]".repeat(25_000), PARSED),
                new Case("nested block quotes", () -> "> ".repeat(25_000) + "a", "nested too deeply: lists or block quotes 25000"),
                new Case("deeply nested lists", () -> lines(500, x -> "  ".repeat(x) + "* a"), "101 levels deep at line 101"),
                new Case("U+0000 in input", () -> "abc\u0000de\u0000", "not text (a NUL byte at offset 3)"),
                new Case("backticks", () -> joined(1, 2500, x -> "e" + "`".repeat(x)), "3.0 MB, larger than the 1 MB"),
                new Case("unclosed links A", () -> "[a](<b".repeat(30_000), "30000 links in one paragraph whose"),
                new Case("unclosed links B", () -> "[a](b".repeat(30_000), "30000 links in one paragraph whose"),
                new Case("unclosed <!--", () -> "</" + "<!--".repeat(300_000), "1.1 MB, larger than the 1 MB"),
                new Case("empty lines in deeply nested lists", () -> "- ".repeat(30_000) + "x" + "\n".repeat(30_000),
                        "lists or block quotes 30000 levels deep"),
                new Case("empty lines in deeply nested lists in blockquote",
                        () -> "> " + "- ".repeat(30_000) + "x\n" + ">\n".repeat(30_000), "lists or block quotes 30001 levels deep"),
                new Case("emph in deep blockquote", () -> ">".repeat(100_000) + "a*".repeat(100_000),
                        "lists or block quotes 100000 levels deep"),
                new Case("reference collisions", PathologicalInputs::referenceCollisions, PARSED),
                new Case("nested inlines", () -> "*".repeat(20_000) + "a" + "*".repeat(20_000), PARSED),
                new Case("[ followed by 40 backslashes", () -> "[" + "\\".repeat(40), "a link label with 39 backslash escapes"));
    }

    /** Inputs at the edge of each limit: what the checks let through, Flexmark must finish quickly. */
    static List<Case> justWithinTheLimits() {
        return List.of(
                new Case("lists 100 deep", () -> "- ".repeat(100) + "[ ] x\n", PARSED),
                new Case("block quotes 100 deep", () -> "> ".repeat(100) + "a\n", PARSED),
                new Case("10,000 runs of * that cannot close", () -> "a**b" + "c* ".repeat(9_999), PARSED),
                new Case("600 links whose targets never close", () -> "[a](b".repeat(600), PARSED),
                new Case("1,400 links inside open brackets", () -> "![[]()".repeat(1_400), PARSED),
                new Case("140 runs of backticks that never close", () -> joined(1, 140, x -> "e" + "`".repeat(x)), PARSED),
                new Case("a label of 16 escapes", () -> "[" + "\\!".repeat(16), PARSED),
                new Case("a plain roadmap of 1 MB", () -> plainRoadmap(ParseLimits.MAX_FILE_BYTES), PARSED));
    }

    private static String lines(int count, java.util.function.IntFunction<String> line) {
        return IntStream.range(0, count).mapToObj(line).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String joined(int from, int to, java.util.function.IntFunction<String> part) {
        return IntStream.range(from, to).mapToObj(part).collect(Collectors.joining());
    }

    /** A study plan as people write them (a skill every 150 bytes or so, like the user's own), to the size given. */
    private static String plainRoadmap(long bytes) {
        StringBuilder plan = new StringBuilder("# Plan\n");
        for (int n = 1; plan.length() < bytes - 400; n++) {
            if (n % 6 == 1) {
                plan.append("\n## Topic ").append(n).append("\n\n### L").append(n % 3 + 1).append(": Level\n");
            }
            plan.append("- [ ] **Skill ").append(n).append(":** I can explain how the scheduler parks a goroutine on a channel")
                    .append(" and draw it (see [the spec](https://go.dev/ref/spec#n").append(n).append(") and `go vet`).\n");
        }
        return plan.toString();
    }

    /**
     * 25,000 reference labels that all fall in one bucket of cmark's 16-bucket reference map
     * (its hash: h = c + (h << 6) + (h << 16) - h over the label, 32 bits), each defined and
     * followed by a use of the first. Flexmark hashes otherwise, but the size and shape stay.
     */
    private static String referenceCollisions() {
        String[] keys = IntStream.iterate(0, i -> i + 1).mapToObj(i -> "x" + i)
                .filter(key -> Integer.remainderUnsigned(cmarkHash(key), 16) == 0).limit(25_000).toArray(String[]::new);
        StringBuilder document = new StringBuilder();
        for (int i = 1; i < keys.length; i++) {
            document.append('[').append(keys[i]).append("]: /url\n\n[").append(keys[0]).append("]\n\n");
        }
        return document.toString();
    }

    private static int cmarkHash(String label) {
        int h = 0;
        for (char c : label.toCharArray()) {
            h = c + (h << 6) + (h << 16) - h;
        }
        return h;
    }
}
