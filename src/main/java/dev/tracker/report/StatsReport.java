package dev.tracker.report;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.EntryKind;
import dev.tracker.state.HistoryEntry;
import dev.tracker.state.Progress;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The habit behind the totals: the streak and the calendar of changes, each roadmap's pace,
 * ETA and place in its plan, and how recall is going. Days are local dates in {@code zone}.
 * With some roadmaps only, the streak and the calendar count only their changes.
 *
 * @param today    the local date the report was made on
 * @param calendar changes per day
 * @param weekStart the first day of a week (the config's week-start)
 */
public record StatsReport(LocalDate today, Streak streak, ActivityCalendar calendar, List<RoadmapPace> roadmaps,
                          ReviewPulse reviews, DayOfWeek weekStart) {
    public StatsReport {
        roadmaps = List.copyOf(roadmaps);
    }

    /** True when there is no change to count at all (a new user, or only the tracker's own entries). */
    public boolean empty() {
        return calendar.isEmpty();
    }

    /**
     * @param retention the desired retention of skills not yet reviewed, for the schedule
     * @param weekStart the first day of a week, for this week's and last week's counts and the calendar's rows
     */
    public static StatsReport of(SkillGraph graph, Progress progress, List<Roadmap> roadmaps, Instant now, ZoneId zone,
                                 double retention, DayOfWeek weekStart) {
        LocalDate today = LocalDay.of(now, zone);
        LocalDate thisWeek = LocalDay.weekStart(today, weekStart);
        Set<String> inScope = new HashSet<>();
        roadmaps.forEach(r -> inScope.add(r.id()));
        boolean all = inScope.size() == graph.roadmaps().size();
        Map<String, LocalDate> firstChange = new HashMap<>();
        Map<String, LocalDate> lastDone = new HashMap<>();
        List<HistoryEntry> counted = new ArrayList<>();
        int recalls = 0;
        int remembered = 0;
        LocalDate recallStart = today.minusDays(ReviewPulse.RETENTION_DAYS - 1);
        LocalDays days = new LocalDays(zone);
        Map<String, String> roadmapOfSkill = new HashMap<>();
        java.util.function.Function<String, String> lookUp = id -> roadmapOf(graph, id); // made once, not once an entry
        for (HistoryEntry entry : CountedChanges.of(progress.history())) {
            String roadmapId = roadmapOfSkill.computeIfAbsent(entry.id(), lookUp);
            if (!all && !inScope.contains(roadmapId)) {
                continue;
            }
            counted.add(entry);
            LocalDate day = days.of(entry.at());
            LocalDate first = firstChange.get(roadmapId);
            if (first == null || day.isBefore(first)) {
                firstChange.put(roadmapId, day);
            }
            if (entry.kind() == EntryKind.STATUS && entry.to() == SkillStatus.DONE) {
                lastDone.merge(entry.id(), day, (a, b) -> a.isAfter(b) ? a : b);
            }
            if (entry.kind() == EntryKind.REVIEW && !day.isBefore(recallStart) && !day.isAfter(today)) {
                recalls++;
                remembered += "again".equals(entry.grade()) ? 0 : 1;
            }
        }
        ActivityCalendar calendar = ActivityCalendar.of(counted, zone);
        List<RoadmapPace> paces = new ArrayList<>();
        for (Roadmap roadmap : roadmaps) {
            List<LocalDate> doneDays = new ArrayList<>();
            for (Skill skill : roadmap.skills()) {
                LocalDate day = lastDone.get(skill.id());
                if (day != null && progress.statusOf(skill) == SkillStatus.DONE) {
                    doneDays.add(day);
                }
            }
            PlanSchedule schedule = PlanSchedule.of(graph, progress, roadmap, firstChange.get(roadmap.id()), today);
            paces.add(RoadmapPace.of(roadmap, doneDays, Counts.of(roadmap.skills(), progress).open(), today, thisWeek,
                    schedule));
        }
        return new StatsReport(today, Streak.of(calendar, today), calendar, paces,
                reviews(graph, progress, inScope, now, zone, thisWeek, retention, recalls, remembered), weekStart);
    }

    private static ReviewPulse reviews(SkillGraph graph, Progress progress, Set<String> inScope, Instant now, ZoneId zone,
                                       LocalDate thisWeek, double retention, int recalls, int remembered) {
        Instant weekEnd = thisWeek.plusDays(7).atStartOfDay(zone).toInstant();
        ReviewSchedule.Result schedule = ReviewSchedule.of(graph, progress, now, retention);
        int dueNow = 0;
        int dueThisWeek = 0;
        for (ReviewSchedule.Scheduled card : schedule.due()) {
            if (inScope.contains(card.skill().roadmapId())) {
                dueNow++;
                dueThisWeek++;
            }
        }
        for (ReviewSchedule.Scheduled card : schedule.upcoming()) {
            if (card.reviewed() && card.card().due().isBefore(weekEnd) && inScope.contains(card.skill().roadmapId())) {
                dueThisWeek++;
            }
        }
        return new ReviewPulse(recalls, remembered, dueNow, dueThisWeek);
    }

    /** The roadmap of a skill id; for an id no roadmap has any more, the first part of the id. */
    private static String roadmapOf(SkillGraph graph, String id) {
        return graph.skill(id).map(Skill::roadmapId).orElseGet(() -> {
            int slash = id.indexOf('/');
            return slash < 0 ? id : id.substring(0, slash);
        });
    }
}
