package dev.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.SkillStatus;
import dev.tracker.state.HistoryEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The linear day counting of `stats` gives what a date looked up for each instant gives, in
 * zones whose clocks jump at midnight or skip a whole day, in time order and out of it.
 */
class LocalDaysTest {
    /** Berlin's clocks jump at night, Sao Paulo's jumped at midnight, Apia skipped 2011-12-30, Lord Howe moves half an hour. */
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.ofHoursMinutes(5, 30), ZoneId.of("UTC"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("Pacific/Apia"),
            ZoneId.of("Australia/Lord_Howe"));

    @Test
    void everyInstantGetsTheDateLocalDayGivesIt() {
        for (ZoneId zone : ZONES) {
            for (List<Instant> instants : List.of(instants(new Random(1), true), instants(new Random(2), false),
                    aroundTransitions(zone))) {
                LocalDays days = new LocalDays(zone);
                for (Instant at : instants) {
                    assertThat(days.of(at)).as("%s in %s", at, zone).isEqualTo(LocalDate.ofInstant(at, zone));
                }
            }
        }
    }

    @Test
    void theCalendarCountsAsOneCountPerEntryWould() {
        for (ZoneId zone : ZONES) {
            for (boolean inOrder : new boolean[] {true, false}) {
                List<HistoryEntry> entries = new ArrayList<>();
                TreeMap<LocalDate, Integer> expected = new TreeMap<>();
                for (Instant at : instants(new Random(3), inOrder)) {
                    entries.add(HistoryEntry.status(at, "c", "r/a", SkillStatus.TODO, SkillStatus.DONE, false, "A"));
                    expected.merge(LocalDate.ofInstant(at, zone), 1, Integer::sum);
                }
                assertThat(ActivityCalendar.of(entries, zone).changes()).as("%s", zone).isEqualTo(expected);
            }
        }
    }

    /** Every ten minutes from two hours before each of the zone's transitions (2010 to 2030) to two hours after. */
    private static List<Instant> aroundTransitions(ZoneId zone) {
        List<Instant> instants = new ArrayList<>();
        ZoneOffsetTransition transition = zone.getRules().nextTransition(Instant.parse("2010-01-01T00:00:00Z"));
        while (transition != null && transition.getInstant().isBefore(Instant.parse("2030-01-01T00:00:00Z"))) {
            for (int minutes = -120; minutes <= 120; minutes += 10) {
                instants.add(transition.getInstant().plusSeconds(60L * minutes));
            }
            transition = zone.getRules().nextTransition(transition.getInstant());
        }
        return instants;
    }

    /** Instants from 2011 to 2021, most a few minutes apart (many a day), some hours or weeks, across every transition. */
    private static List<Instant> instants(Random random, boolean inOrder) {
        List<Instant> instants = new ArrayList<>();
        Instant at = Instant.parse("2011-01-01T00:00:00Z");
        while (at.isBefore(Instant.parse("2021-01-01T00:00:00Z"))) {
            instants.add(at);
            int step = random.nextInt(100);
            at = at.plusSeconds(step < 80 ? random.nextInt(1800) : step < 98 ? random.nextInt(30_000) : random.nextInt(3_000_000));
        }
        if (!inOrder) {
            Collections.shuffle(instants, random);
        }
        return instants;
    }
}
