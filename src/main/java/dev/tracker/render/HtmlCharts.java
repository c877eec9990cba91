package dev.tracker.render;

import dev.tracker.report.ActivityCalendar;
import dev.tracker.report.Burndown;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** The report's inline SVG charts: the calendar of a year of changes, and a roadmap's burndown. */
final class HtmlCharts {
    static final int WEEKS = TextHeatmap.MAX_WEEKS + 1;
    private static final int CELL = 13;
    private static final int LEFT = 30;
    private static final int TOP = 16;

    private HtmlCharts() {
    }

    /** A column a week (the week's first day on top), a cell a day, shaded by quarters of the busiest day shown. */
    static void calendar(StringBuilder page, ActivityCalendar calendar, LocalDate today, DayOfWeek weekStart) {
        LocalDate first = TextHeatmap.firstDay(today, WEEKS, weekStart);
        int busiest = 0;
        for (int count : calendar.between(first, today).values()) {
            busiest = Math.max(busiest, count);
        }
        int width = LEFT + WEEKS * CELL;
        page.append("<div class=\"scroll\"><svg class=\"calendar\" viewBox=\"0 0 ").append(width).append(' ')
                .append(TOP + 7 * CELL).append("\" width=\"").append(width * 3 / 2).append("\" role=\"img\" aria-label=\"changes a day\">\n");
        for (int row = 0; row < 6; row += 2) {
            page.append("<text x=\"0\" y=\"").append(TOP + row * CELL + 10).append("\">")
                    .append(TextHeatmap.dayName(first.plusDays(row))).append("</text>");
        }
        page.append('\n');
        int week = 0;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            int row = (day.getDayOfWeek().getValue() - weekStart.getValue() + 7) % 7;
            if (row == 0 && day.getDayOfMonth() <= 7) {
                page.append("<text x=\"").append(LEFT + week * CELL).append("\" y=\"10\">")
                        .append(TextHeatmap.MONTHS[day.getMonthValue() - 1]).append("</text>");
            }
            int count = calendar.on(day);
            int shade = count == 0 ? 0 : Math.min(4, (int) Math.ceil(4.0 * count / busiest));
            page.append("<rect class=\"day s").append(shade).append("\" x=\"").append(LEFT + week * CELL).append("\" y=\"")
                    .append(TOP + row * CELL).append("\" width=\"11\" height=\"11\" rx=\"2\" data-date=\"").append(day)
                    .append("\" data-changes=\"").append(count).append("\"><title>").append(day).append(": ").append(count)
                    .append(count == 1 ? " change" : " changes").append("</title></rect>\n");
            week += row == 6 ? 1 : 0;
        }
        page.append("</svg></div>\n");
    }

    /** Skills left at the end of each day, as steps from the day before the first change to today. */
    static void burndown(StringBuilder page, Burndown burndown) {
        List<Burndown.Point> points = burndown.points();
        LocalDate start = points.get(0).day();
        LocalDate end = points.get(points.size() - 1).day();
        long span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        int top = 0;
        for (Burndown.Point point : points) {
            top = Math.max(top, point.remaining());
        }
        top = Math.max(top, 1);
        int w = 320;
        int h = 120;
        StringBuilder line = new StringBuilder();
        double lastY = -1;
        for (Burndown.Point point : points) {
            double x = 30 + (w - 40) * (double) ChronoUnit.DAYS.between(start, point.day()) / span;
            double y = 10 + (h - 30) * (1 - (double) point.remaining() / top);
            if (lastY >= 0) {
                line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, lastY));
            }
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            lastY = y;
        }
        page.append("<svg class=\"burndown\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" role=\"img\" aria-label=\"skills left a day\">\n")
                .append("<line class=\"axis\" x1=\"30\" y1=\"").append(h - 20).append("\" x2=\"").append(w - 10)
                .append("\" y2=\"").append(h - 20).append("\"/><line class=\"axis\" x1=\"30\" y1=\"10\" x2=\"30\" y2=\"")
                .append(h - 20).append("\"/>\n")
                .append("<text x=\"0\" y=\"16\">").append(top).append("</text><text x=\"0\" y=\"").append(h - 20)
                .append("\">0</text><text x=\"30\" y=\"").append(h - 4).append("\">").append(start)
                .append("</text><text x=\"").append(w - 70).append("\" y=\"").append(h - 4).append("\">").append(end)
                .append("</text>\n<polyline class=\"burn\" points=\"").append(line.toString().strip()).append("\"/>\n</svg>\n")
                .append("<p class=\"muted\">").append(points.get(points.size() - 1).remaining()).append(" of ")
                .append(burndown.total()).append(" left</p>\n");
    }
}
