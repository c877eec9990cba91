package dev.tracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.report.ActivityCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The calendar as text: weekday rows, a column a week, shades by count, month names. */
class TextHeatmapTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-02"); // a Wednesday

    private static ActivityCalendar calendar(Map<String, Integer> days) {
        TreeMap<LocalDate, Integer> changes = new TreeMap<>();
        days.forEach((day, count) -> changes.put(LocalDate.parse(day), count));
        return new ActivityCalendar(changes);
    }

    @Test
    void monthNamesAreTheJdksShortEnglishOnes() {
        for (java.time.Month month : java.time.Month.values()) {
            assertThat(TextHeatmap.MONTHS[month.ordinal()])
                    .isEqualTo(month.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH));
        }
    }

    @Test
    void rowsAreWeekdaysColumnsWeeksAndLaterDaysBlank() {
        List<String> lines = TextHeatmap.render(calendar(Map.of("2026-11-23", 1, "2026-11-29", 6, "2026-12-02", 3)), TODAY, 3, DayOfWeek.MONDAY)
                .lines().toList();
        assertThat(lines).containsExactly(
                "    Nov",
                "Mon ░▒░",
                "Tue ░░░",
                "Wed ░░▓",
                "Thu ░░",
                "Fri ░░",
                "Sat ░░",
                "Sun ░█",
                "    ░ 0  ▒ 1-2  ▓ 3-4  █ 5-6 changes a day");
    }

    @Test
    void aWeekThatStartsOnSundayPutsSundayOnTop() {
        List<String> lines = TextHeatmap.render(calendar(Map.of("2026-11-29", 6, "2026-12-02", 3)), TODAY, 1, DayOfWeek.SUNDAY)
                .lines().toList();
        assertThat(lines.subList(1, 8)).containsExactly("Sun █", "Mon ░", "Tue ░", "Wed ▓", "Thu", "Fri", "Sat");
        assertThat(TextHeatmap.firstDay(TODAY, 1, DayOfWeek.SUNDAY)).isEqualTo(LocalDate.parse("2026-11-29"));
    }

    @Test
    void shadesAreThirdsOfTheBusiestDay() {
        assertThat(TextHeatmap.shade(0, 9)).isZero();
        assertThat(TextHeatmap.shade(1, 9)).isEqualTo(1);
        assertThat(TextHeatmap.shade(3, 9)).isEqualTo(1);
        assertThat(TextHeatmap.shade(4, 9)).isEqualTo(2);
        assertThat(TextHeatmap.shade(7, 9)).isEqualTo(3);
        assertThat(TextHeatmap.shade(1, 1)).isEqualTo(3);
    }

    @Test
    void monthNamesStandOverTheirFirstMondayAndNeverCollide() {
        String months = TextHeatmap.render(calendar(Map.of()), TODAY, 52, DayOfWeek.MONDAY).lines().findFirst().orElseThrow();
        assertThat(months).startsWith("    Dec Jan Feb Mar");
        // 2026-03-02 is the first Monday of March: column 13 of weeks starting Monday 2025-12-08
        assertThat(months.indexOf("Mar") - 4).isEqualTo(12);
        assertThat(months.split(" +")).hasSize(13).doesNotHaveDuplicates();
    }

    @Test
    void fitsTheWidthUpToAYear() {
        assertThat(TextHeatmap.weeksFor(80)).isEqualTo(52);
        assertThat(TextHeatmap.weeksFor(40)).isEqualTo(36);
        assertThat(TextHeatmap.render(calendar(Map.of()), TODAY, 36, DayOfWeek.MONDAY).lines())
                .allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(40));
    }

    @Test
    void colourOnATerminalAndAsciiWhereAsked() {
        String row = "Sun ░▒▓█";
        assertThat(new OutputStyle(false, true).apply(row)).isEqualTo("Sun .=%#");
        assertThat(new OutputStyle(true, false).apply(row))
                .isEqualTo("Sun \u001b[2m░\u001b[0m\u001b[33m▒\u001b[0m\u001b[32m▓█\u001b[0m");
        assertThat(OutputStyle.PLAIN.apply(row)).isEqualTo(row);
    }
}
