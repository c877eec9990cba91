package dev.tracker.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ANSI colour for finished lines: the done part of a bar and [x] green, in progress yellow,
 * the open part and [-] dim, warnings yellow and errors red. Applied after layout, so widths
 * never count escape codes.
 */
final class Colors {
    private static final String RESET = "\u001b[0m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RED = "\u001b[31m";
    private static final String DIM = "\u001b[2m";
    private static final Pattern PARTS = Pattern.compile(
            "([█▓]+|#{2,}(?=[=.]|\\s)|\\[x])|(▒+|\\[/])|(░+|\\[-])|(^tracker: warning:)|(^tracker:)");

    private Colors() {
    }

    static String apply(String line) {
        Matcher m = PARTS.matcher(line);
        StringBuilder out = new StringBuilder(line.length() + 16);
        while (m.find()) {
            String color = m.group(1) != null ? GREEN : m.group(2) != null || m.group(4) != null ? YELLOW
                    : m.group(3) != null ? DIM : RED;
            m.appendReplacement(out, Matcher.quoteReplacement(color + m.group() + RESET));
        }
        m.appendTail(out);
        return out.toString();
    }
}
