package dev.tracker.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's sample outputs: a code block after a line such as
 * {@code <!-- sample: state=day width=80 at=2026-11-21T06:30:00Z -->}, holding one or more
 * {@code $ ./tracker ARGS} lines, each followed by what it prints (stdout, then stderr). A line
 * {@code ...} stands for any number of lines. A command may end in {@code | cat}, or
 * {@code | head -N}, and be followed by a comment ({@code   # after two undos}); {@code $ echo $?}
 * prints the exit code of the command before. Blank lines at the end of an output are left out on
 * both sides (a code block does not show them). A block that cannot be re-created (a terminal
 * session) is marked {@code <!-- sample-unchecked: why -->} instead.
 */
final class ReadmeSamples {
    private static final Pattern SAMPLE = Pattern.compile("^<!-- sample: (.+) -->$");
    private static final Pattern UNCHECKED = Pattern.compile("^<!-- sample-unchecked: .+ -->$");
    private static final Pattern HEAD = Pattern.compile("\\s*\\|\\s*head -(\\d+)$");

    /** One command of a sample and what the README says it prints. */
    record Command(List<String> args, int head, List<String> expected) {
        boolean echoExitCode() {
            return args.equals(List.of("echo", "$?"));
        }
    }

    /** One marked block: its options (state, width, at, and roadmaps or dir where given) and commands. */
    record Sample(int line, Map<String, String> options, List<Command> commands) {
        @Override
        public String toString() {
            return "README line " + line + ": " + commands.get(0).args();
        }
    }

    private ReadmeSamples() {
    }

    static List<Sample> samples(List<String> lines) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = SAMPLE.matcher(lines.get(i).strip());
            if (marker.matches()) {
                samples.add(new Sample(i + 1, options(marker.group(1)), commands(block(lines, i + 1))));
            }
        }
        return samples;
    }

    /** The line numbers (from 1) of code blocks that start with a prompt and have no marker before them. */
    static List<Integer> unmarkedBlocks(List<String> lines, int from, int to) {
        List<Integer> unmarked = new ArrayList<>();
        boolean inBlock = false;
        for (int i = from; i < to; i++) {
            if (!lines.get(i).startsWith("```")) {
                continue;
            }
            inBlock = !inBlock;
            boolean prompt = inBlock && i + 1 < to && lines.get(i + 1).matches("^(\\$ |tracker> ).*");
            String before = i > 0 ? lines.get(i - 1).strip() : "";
            if (prompt && !SAMPLE.matcher(before).matches() && !UNCHECKED.matcher(before).matches()) {
                unmarked.add(i + 1);
            }
        }
        return unmarked;
    }

    static List<String> withoutTrailingBlankLines(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return lines.subList(0, end);
    }

    private static Map<String, String> options(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String option : text.strip().split("\\s+")) {
            String[] pair = option.split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        return options;
    }

    private static List<String> block(List<String> lines, int fence) {
        if (!lines.get(fence).startsWith("```")) {
            throw new IllegalArgumentException("README line " + fence + ": a sample marker must be followed by a code block");
        }
        int end = fence + 1;
        while (!lines.get(end).startsWith("```")) {
            end++;
        }
        return lines.subList(fence + 1, end);
    }

    private static List<Command> commands(List<String> block) {
        List<Command> commands = new ArrayList<>();
        for (int i = 0; i < block.size(); i++) {
            String command = block.get(i).substring(2).replaceFirst("\\s{2,}#.*$", "").replaceFirst("\\s*\\|\\s*cat$", "");
            Matcher head = HEAD.matcher(command);
            int lines = head.find() ? Integer.parseInt(head.group(1)) : -1;
            command = HEAD.matcher(command).replaceFirst("").replaceFirst("^(\\./)?tracker(\\s|$)", "").strip();
            int end = i + 1;
            while (end < block.size() && !block.get(end).startsWith("$ ")) {
                end++;
            }
            // a blank line before the next prompt only separates the two
            int last = end < block.size() && block.get(end - 1).isEmpty() ? end - 1 : end;
            List<String> args = command.isEmpty() ? List.of() : List.of(command.split("\\s+"));
            commands.add(new Command(args, lines, List.copyOf(block.subList(i + 1, last))));
            i = end - 1;
        }
        return commands;
    }
}
