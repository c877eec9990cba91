package dev.tracker.render;

import dev.tracker.report.ContextReport;
import dev.tracker.report.Counts;
import dev.tracker.report.GapsReport;
import dev.tracker.report.LocalDay;
import dev.tracker.report.PlanReport;
import dev.tracker.report.ReviewSchedule;
import dev.tracker.report.SkillView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * `tracker context` as markdown, to paste into a mentor's prompt: never cut to the terminal's
 * width (it is read by a model, or another program); headings a model can find its way by.
 */
public final class MarkdownContextRenderer {
    private static final Map<String, String> PART_NAMES = Map.of("reviewsDue", "reviews due", "next", "next items",
            "gaps", "gaps", "notes", "notes", "known", "done skills", "started", "skills in progress",
            "rules", "roadmap rules");

    private final ZoneId zone;

    public MarkdownContextRenderer(ZoneId zone) {
        this.zone = zone;
    }

    /** yyyy-MM-dd through LocalDate: a DateTimeFormatter's set-up took ~7 ms of a 100 ms start (issue 13's budget). */
    private String day(Instant at) {
        return LocalDay.of(at, zone).toString();
    }

    public String render(ContextReport.Result result) {
        StringBuilder out = new StringBuilder("# Learning context, " + day(result.at()) + "\n\n");
        out.append("From `tracker`: the learner's roadmaps with their own rules for a mentor, what the learner has done"
                + " ([x]), what is in progress, the gaps per topic, what to study next, the reviews due and their notes.\n");
        for (ContextReport.RoadmapPart part : result.roadmaps()) {
            roadmap(out, part);
        }
        if (!result.next().isEmpty()) {
            out.append("\n## Next\n\n");
            int n = 1;
            for (PlanReport.Item item : result.next()) {
                out.append(n++).append(". ").append(item.skill().title()).append(" (`").append(item.skill().id())
                        .append("`): ").append(item.reason()).append('\n');
            }
        }
        if (!result.due().isEmpty()) {
            out.append("\n## Reviews due\n\n");
            for (ReviewSchedule.Scheduled due : result.due()) {
                long days = due.overdueDays(result.at());
                out.append("- ").append(due.skill().title()).append(" (`").append(due.skill().id()).append("`, ")
                        .append(days == 0 ? "due today" : days + (days == 1 ? " day" : " days") + " overdue").append(")\n");
            }
        }
        if (!result.notes().isEmpty()) {
            out.append("\n## Notes\n\n");
            for (ContextReport.Noted noted : result.notes()) {
                out.append("- `").append(noted.skill().id()).append("`, note ").append(noted.n()).append(" of ")
                        .append(day(noted.note().at())).append(": ")
                        .append(noted.note().text().replace("\n", "\n  ")).append('\n');
            }
        }
        if (!result.omitted().isEmpty()) {
            out.append("\n---\nLeft out to fit the size asked for, least important first: ")
                    .append(result.omitted().entrySet().stream().map(e -> PART_NAMES.get(e.getKey()) + " (" + e.getValue() + ")")
                            .collect(Collectors.joining(", "))).append(".\n");
        }
        return out.toString();
    }

    private void roadmap(StringBuilder out, ContextReport.RoadmapPart part) {
        Counts counts = part.counts();
        out.append("\n## ").append(part.roadmap().title()).append(" (`").append(part.roadmap().id()).append("`)\n\n");
        out.append(counts.done()).append(" of ").append(counts.total()).append(" done (").append(counts.percent()).append("%)");
        out.append(", ").append(counts.inProgress()).append(" in progress, ").append(counts.skipped()).append(" skipped.\n");
        if (!part.rules().isEmpty()) {
            out.append("\n### Rules (from ").append(part.roadmap().file()).append(")\n\n").append(part.rules());
        }
        if (!part.known().isEmpty()) {
            out.append("\n### Done\n");
            String group = null;
            for (ContextReport.Known known : part.known()) {
                String heading = known.group() + (known.level() > 0 ? " · L" + known.level() : "");
                if (!heading.equals(group)) {
                    out.append("\n#### ").append(heading).append("\n\n");
                    group = heading;
                }
                out.append("- [x] ").append(known.skill().title()).append('\n');
            }
        }
        if (!part.inProgress().isEmpty()) {
            out.append("\n### In progress\n\n");
            for (SkillView view : part.inProgress()) {
                out.append("- [/] ").append(view.skill().title()).append(" (`").append(view.skill().id()).append("`)\n");
            }
        }
        if (!part.gaps().isEmpty()) {
            out.append("\n### Gaps\n\n");
            for (GapsReport.TopicGaps gaps : part.gaps()) {
                gap(out, gaps);
            }
        }
    }

    /** "- Interfaces: frontier L2 (L1 5/5, L2 0/5); missing at L2: golden-rule, composition". */
    private static void gap(StringBuilder out, GapsReport.TopicGaps gaps) {
        String levels = gaps.counts().entrySet().stream()
                .map(e -> "L" + e.getKey() + " " + e.getValue().done() + "/" + e.getValue().total())
                .collect(Collectors.joining(", "));
        List<String> missing = gaps.missing().get(gaps.frontier()).stream()
                .map(skill -> skill.id().substring(skill.id().lastIndexOf('/') + 1)).toList();
        out.append("- ").append(gaps.topic().title()).append(": frontier L").append(gaps.frontier()).append(" (")
                .append(levels).append("); missing at L").append(gaps.frontier()).append(": ")
                .append(String.join(", ", missing))
                .append(gaps.skippedAhead() ? "; skills are done above the frontier (a possible gap in foundations)" : "")
                .append('\n');
    }
}
