package dev.tracker.render;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link Instant#toString()}'s text ("2026-12-04T17:44:40Z", a fraction in groups of three digits
 * when there is one) without {@code DateTimeFormatter}: that class's set-up builds every ISO
 * formatter at once, ~7 ms of a 100 ms start, which `context --format json` paid for its one
 * time (issue 13's budget: within 10% of `status`). Years outside 0 to 9999 take the JDK's way.
 */
public final class IsoTime {
    private static final long SECONDS_PER_DAY = 86_400L;
    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z. */
    private static final long FIRST = -62_167_219_200L;
    private static final long END = 253_402_300_800L;

    private IsoTime() {
    }

    public static String of(Instant at) {
        long seconds = at.getEpochSecond();
        if (seconds < FIRST || seconds >= END) {
            return at.toString();
        }
        long epochDay = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        StringBuilder out = new StringBuilder(30);
        digits(out, day.getYear(), 4).append('-');
        digits(out, day.getMonthValue(), 2).append('-');
        digits(out, day.getDayOfMonth(), 2).append('T');
        digits(out, secondOfDay / 3600, 2).append(':');
        digits(out, secondOfDay / 60 % 60, 2).append(':');
        digits(out, secondOfDay % 60, 2);
        int nano = at.getNano();
        if (nano != 0) {
            out.append('.');
            if (nano % 1_000_000 == 0) {
                digits(out, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                digits(out, nano / 1000, 6);
            } else {
                digits(out, nano, 9);
            }
        }
        return out.append('Z').toString();
    }

    private static StringBuilder digits(StringBuilder out, int value, int width) {
        String text = Integer.toString(value);
        for (int pad = width - text.length(); pad > 0; pad--) {
            out.append('0');
        }
        return out.append(text);
    }
}
