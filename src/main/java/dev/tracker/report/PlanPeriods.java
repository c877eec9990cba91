package dev.tracker.report;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Section;
import dev.tracker.graph.SkillGraph;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days, weeks or months of a study plan: sections titled "Day 3", "Week 17", "Month 5"
 * (also a span, "Week 1-4", "Month 7 & 8"), after any leading emoji. A plan that mixes units
 * is read in the one most of its sections use (the finer one on a tie); a period nested in
 * another of the same unit belongs to it.
 */
final class PlanPeriods {
    /** What a plan counts in. */
    enum Unit {
        DAY, WEEK, MONTH;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The word, made plural for any count but one. */
        String words(long count) {
            return word() + (Math.abs(count) == 1 ? "" : "s");
        }
    }

    /** One period: its section, its first and last number ("Week 5-8": 5 and 8). */
    record Period(Section section, int first, int last) {
    }

    /** @param periods in document order; empty when the roadmap is no such plan */
    record Plan(Unit unit, List<Period> periods) {
    }

    private static final Pattern PERIOD = Pattern.compile(
            "^(day|week|month)\\s*(\\d{1,4})(?:\\s*(?:-|–|—|&|and|to)\\s*(\\d{1,4}))?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}]+");

    private PlanPeriods() {
    }

    static Plan of(SkillGraph graph, Roadmap roadmap) {
        Map<Unit, List<Period>> byUnit = new EnumMap<>(Unit.class);
        for (Section section : roadmap.sections()) {
            Matcher m = PERIOD.matcher(LEADING_SYMBOLS.matcher(section.title()).replaceFirst(""));
            if (!m.find() || graph.skillsUnder(section.id()).isEmpty()) {
                continue;
            }
            Unit unit = Unit.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            int first = Integer.parseInt(m.group(2));
            int last = m.group(3) == null ? first : Math.max(first, Integer.parseInt(m.group(3)));
            List<Period> periods = byUnit.computeIfAbsent(unit, k -> new ArrayList<>());
            if (periods.stream().noneMatch(p -> isAbove(graph, p.section(), section))) {
                periods.add(new Period(section, first, last));
            }
        }
        Unit chosen = null;
        for (Map.Entry<Unit, List<Period>> entry : byUnit.entrySet()) {
            if (chosen == null || entry.getValue().size() > byUnit.get(chosen).size()) {
                chosen = entry.getKey();
            }
        }
        return chosen == null ? new Plan(Unit.DAY, List.of()) : new Plan(chosen, List.copyOf(byUnit.get(chosen)));
    }

    private static boolean isAbove(SkillGraph graph, Section ancestor, Section section) {
        for (String id = section.parentId(); id != null; id = graph.section(id).parentId()) {
            if (id.equals(ancestor.id())) {
                return true;
            }
        }
        return false;
    }
}
