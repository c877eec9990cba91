package dev.tracker.render;

import dev.tracker.report.ActivityCalendar;
import dev.tracker.report.LocalDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The activity calendar as text: a column a week (its first day on top, Monday unless week-start says otherwise), a row a weekday, a cell a
 * day, shaded by its count against the busiest day shown: {@code ░} none, then {@code ▒▓█}.
 * Month names stand over the week their first Monday falls in. The style layer colours the
 * shades on a terminal and turns them to ASCII where asked ({@link OutputStyle}).
 */
public final class TextHeatmap {
    static final char[] SHADES = {'░', '▒', '▓', '█'};
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    /** Month.getDisplayName(SHORT, ENGLISH) spelled out: the JDK's locale data took ~15 ms to load (issue 15's budget). */
    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final int LABEL = 4;
    public static final int MAX_WEEKS = 52;

    private TextHeatmap() {
    }

    /** The weeks that fit {@code width} columns, at most {@link #MAX_WEEKS}. */
    public static int weeksFor(int width) {
        return Math.max(1, Math.min(MAX_WEEKS, width - LABEL));
    }

    /** The first day shown: the first day of the week {@code weeks - 1} weeks before this one. */
    public static LocalDate firstDay(LocalDate today, int weeks, DayOfWeek weekStart) {
        return LocalDay.weekStart(today, weekStart).minusWeeks(weeks - 1L);
    }

    /** The month row, seven weekday rows and a legend, each ending in a line feed. */
    public static String render(ActivityCalendar calendar, LocalDate today, int weeks, DayOfWeek weekStart) {
        LocalDate first = firstDay(today, weeks, weekStart);
        int busiest = 0;
        for (int count : calendar.between(first, today).values()) {
            busiest = Math.max(busiest, count);
        }
        StringBuilder out = new StringBuilder();
        out.append((" ".repeat(LABEL) + months(first, weeks)).stripTrailing()).append('\n');
        for (int row = 0; row < 7; row++) {
            StringBuilder line = new StringBuilder(dayName(first.plusDays(row))).append(' ');
            for (int week = 0; week < weeks; week++) {
                LocalDate day = first.plusDays(7L * week + row);
                line.append(day.isAfter(today) ? ' ' : SHADES[shade(calendar.on(day), busiest)]);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.append(" ".repeat(LABEL)).append(legend(busiest)).append('\n').toString();
    }

    /** "Mon" … "Sun", spelled out for the same reason as the months. */
    static String dayName(LocalDate day) {
        return DAYS[day.getDayOfWeek().getValue() - 1];
    }

    /** 0 for no change; else 1 to 3, by thirds of the busiest day. */
    static int shade(int count, int busiest) {
        if (count <= 0 || busiest <= 0) {
            return 0;
        }
        return Math.max(1, Math.min(3, (3 * count + busiest - 1) / busiest));
    }

    private static String months(LocalDate first, int weeks) {
        char[] row = " ".repeat(weeks).toCharArray();
        int free = 0;
        for (int week = 0; week < weeks; week++) {
            LocalDate monday = first.plusWeeks(week);
            boolean starts = week == 0 || monday.getMonth() != monday.minusWeeks(1).getMonth();
            String name = MONTHS[monday.getMonthValue() - 1];
            // the first column's month only when the next month's name leaves it room
            boolean room = week > 0 || !monthStartsWithin(first, name.length(), weeks);
            if (starts && room && week >= free && week + name.length() <= weeks) {
                name.getChars(0, name.length(), row, week);
                free = week + name.length() + 1;
            }
        }
        return new String(row);
    }

    /** Whether a column of the next {@code columns} after the first starts a month. */
    private static boolean monthStartsWithin(LocalDate first, int columns, int weeks) {
        for (int week = 1; week <= columns && week < weeks; week++) {
            if (first.plusWeeks(week).getMonth() != first.plusWeeks(week - 1L).getMonth()) {
                return true;
            }
        }
        return false;
    }

    /** "░ 0  ▒ 1  ▓ 2-3  █ 4-5 changes a day": the counts each shade stands for, those that occur. */
    private static String legend(int busiest) {
        List<String> parts = new ArrayList<>();
        parts.add(SHADES[0] + " 0");
        for (int shade = 1; shade <= 3; shade++) {
            int low = (shade - 1) * busiest / 3 + 1;
            int high = shade * busiest / 3;
            if (low <= high) {
                parts.add(SHADES[shade] + " " + (low == high ? String.valueOf(low) : low + "-" + high));
            }
        }
        return String.join("  ", parts) + (busiest == 1 ? " change a day" : " changes a day");
    }
}
