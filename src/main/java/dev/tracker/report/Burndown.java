package dev.tracker.report;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.EntryKind;
import dev.tracker.state.HistoryEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * A roadmap's skills left (neither done nor skipped) at the end of each day with a status
 * change in it, from the day before its first change to today. Walked back from what is left
 * now, undoing each counted status change (its from and to), so the line ends where the
 * roadmap stands whatever the markdown's own marks were.
 *
 * @param points oldest first; empty when the roadmap has no status change yet
 */
public record Burndown(Roadmap roadmap, int total, List<Point> points) {
    public Burndown {
        points = List.copyOf(points);
    }

    /** Skills left at the end of {@code day}. */
    public record Point(LocalDate day, int remaining) {
    }

    /** @param counted the counted changes of every roadmap, in any order; @param remaining what is left now */
    static Burndown of(Roadmap roadmap, List<HistoryEntry> counted, int remaining, LocalDate today, ZoneId zone) {
        Set<String> ids = new HashSet<>();
        for (Skill skill : roadmap.skills()) {
            ids.add(skill.id());
        }
        List<HistoryEntry> changes = new ArrayList<>();
        for (HistoryEntry entry : counted) {
            if (entry.kind() == EntryKind.STATUS && ids.contains(entry.id())) {
                changes.add(entry);
            }
        }
        if (changes.isEmpty()) {
            return new Burndown(roadmap, roadmap.skills().size(), List.of());
        }
        changes.sort(Comparator.comparing(HistoryEntry::at));
        TreeMap<LocalDate, Integer> endOfDay = new TreeMap<>();
        endOfDay.put(today, remaining);
        int left = remaining;
        for (int i = changes.size() - 1; i >= 0; i--) {
            HistoryEntry entry = changes.get(i);
            LocalDate day = LocalDay.of(entry.at(), zone);
            endOfDay.putIfAbsent(day, left);
            left += (isOpen(entry.from()) ? 1 : 0) - (isOpen(entry.to()) ? 1 : 0);
            endOfDay.put(day.minusDays(1), left);
        }
        // a day that both ends one change's run and starts another keeps the later (end of day) value
        List<Point> points = new ArrayList<>();
        endOfDay.headMap(today, true).forEach((day, value) -> points.add(new Point(day, value)));
        return new Burndown(roadmap, roadmap.skills().size(), points);
    }

    private static boolean isOpen(SkillStatus status) {
        return status == null || status == SkillStatus.TODO || status == SkillStatus.IN_PROGRESS;
    }
}
