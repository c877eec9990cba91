package dev.tracker.report;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.state.Progress;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the user stands against a plan of days, weeks or months: the period they are in,
 * counted from their first change in the roadmap ("day 9 since you started on 2026-11-24"),
 * against the plan's first open period ("Day 6": 3 days behind), and the plan's hours done and
 * left where its sections give hours ("Morning (6 hours)", shared evenly by the skills under it).
 *
 * @param unit       day, week or month
 * @param periods    how many periods the plan has
 * @param startedOn  the day of the first change in the roadmap, or null when there is none yet
 * @param current    the period that day counts to today (the start's is 1), or null when not started
 * @param firstOpen  the first period not complete (done or skipped), or null when all are
 * @param behind     periods behind the plan (negative: ahead), or null when not started or all done
 * @param hours      the plan's hours, or null when it gives none
 */
public record PlanSchedule(String unit, int periods, LocalDate startedOn, Integer current, OpenPeriod firstOpen,
                           Integer behind, Hours hours) {
    /** A period by its numbers and title: "Day 6", or "Week 5-8" for a span. */
    public record OpenPeriod(int first, int last, String title) {
        public String label(String unit) {
            String word = Character.toUpperCase(unit.charAt(0)) + unit.substring(1);
            return word + " " + first + (last != first ? "-" + last : "");
        }
    }

    /** @param total every hour the plan gives; @param done those of done skills; @param left of open ones */
    public record Hours(double total, double done, double left) {
    }

    /** The schedule of a plan of periods, or null for a roadmap that is none. */
    static PlanSchedule of(SkillGraph graph, Progress progress, Roadmap roadmap, LocalDate startedOn, LocalDate today) {
        PlanPeriods.Plan plan = PlanPeriods.of(graph, roadmap);
        if (plan.periods().isEmpty()) {
            return null;
        }
        OpenPeriod open = null;
        for (PlanPeriods.Period period : plan.periods()) {
            if (!Counts.of(graph.skillsUnder(period.section().id()), progress).complete()) {
                open = new OpenPeriod(period.first(), period.last(), period.section().title());
                break;
            }
        }
        Integer current = startedOn == null ? null : periodOf(plan.unit(), startedOn, today);
        Integer behind = current == null || open == null ? null
                : current > open.last() ? current - open.last() : current < open.first() ? current - open.first() : 0;
        return new PlanSchedule(plan.unit().word(), plan.periods().size(), startedOn, current, open, behind,
                hours(graph, progress, roadmap));
    }

    /** The period {@code today} falls in, counting the start's as 1. */
    static int periodOf(PlanPeriods.Unit unit, LocalDate start, LocalDate today) {
        if (today.isBefore(start)) {
            return 1;
        }
        return switch (unit) {
            case DAY -> (int) ChronoUnit.DAYS.between(start, today) + 1;
            case WEEK -> (int) (ChronoUnit.DAYS.between(start, today) / 7) + 1;
            case MONTH -> (int) Period.between(start, today).toTotalMonths() + 1;
        };
    }

    /** Each skill takes an even share of the innermost section above it that gives hours. */
    private static Hours hours(SkillGraph graph, Progress progress, Roadmap roadmap) {
        Map<String, Double> hoursOfSection = new HashMap<>();
        Map<String, int[]> tally = new LinkedHashMap<>(); // section id → {skills, done, open}
        for (Skill skill : roadmap.skills()) {
            for (String id = skill.sectionId(); id != null; id = graph.section(id).parentId()) {
                String sectionId = id;
                double hours = hoursOfSection.computeIfAbsent(id, k -> PlanHours.hoursOf(graph.section(sectionId).title()));
                if (hours > 0) {
                    int[] counts = tally.computeIfAbsent(id, k -> new int[3]);
                    SkillStatus status = progress.statusOf(skill);
                    counts[0]++;
                    counts[1] += status == SkillStatus.DONE ? 1 : 0;
                    counts[2] += status == SkillStatus.TODO || status == SkillStatus.IN_PROGRESS ? 1 : 0;
                    break;
                }
            }
        }
        if (tally.isEmpty()) {
            return null;
        }
        double total = 0;
        double done = 0;
        double left = 0;
        for (Map.Entry<String, int[]> entry : tally.entrySet()) {
            double hours = hoursOfSection.get(entry.getKey());
            int[] counts = entry.getValue();
            total += hours;
            done += hours * counts[1] / counts[0];
            left += hours * counts[2] / counts[0];
        }
        return new Hours(total, done, left);
    }
}
