package dev.tracker.render;

import dev.tracker.report.Burndown;
import dev.tracker.report.Counts;
import dev.tracker.report.OverviewReport;
import dev.tracker.report.ReviewSchedule;
import dev.tracker.report.RoadmapPace;
import dev.tracker.report.StatsReport;
import dev.tracker.report.StatusReport;
import java.util.Locale;

/** The sections of the HTML report but the matrix ({@link HtmlMatrix}): progress, activity, burndowns, reviews. */
final class HtmlSections {
    private HtmlSections() {
    }

    static void progress(StringBuilder page, OverviewReport report) {
        page.append("<section id=\"progress\">\n<h2>Progress</h2>\n<div class=\"cards\">\n");
        for (int i = 0; i < report.status().roadmaps().size(); i++) {
            StatusReport.RoadmapStatus line = report.status().roadmaps().get(i);
            RoadmapPace pace = report.stats().roadmaps().get(i);
            Counts counts = line.counts();
            page.append("<div class=\"card roadmap\" data-id=\"").append(HtmlText.of(line.roadmap().id()))
                    .append("\" data-done=\"").append(counts.done()).append("\" data-total=\"").append(counts.total())
                    .append("\">\n<h3>").append(HtmlText.of(line.roadmap().title())).append("</h3>\n<div class=\"muted\"><code>")
                    .append(HtmlText.of(line.roadmap().id())).append("</code></div>\n")
                    .append("<div class=\"bar\" role=\"img\" aria-label=\"").append(counts.percent())
                    .append("% done\"><span style=\"width:").append(counts.percent()).append("%\"></span></div>\n<div>")
                    .append(counts.done()).append(" of ").append(counts.total()).append(" done (").append(counts.percent())
                    .append("%)").append(counts.inProgress() > 0 ? ", " + counts.inProgress() + " in progress" : "")
                    .append(counts.skipped() > 0 ? ", " + counts.skipped() + " skipped" : "").append("</div>\n<div class=\"muted\">")
                    .append(pace.eta() == null ? pace.remaining() == 0 ? "nothing left" : "no pace yet"
                            : String.format(Locale.ROOT, "at %.1f a week: done by %s", pace.pacePerWeek(), pace.eta()))
                    .append("</div>\n</div>\n");
        }
        page.append("</div>\n</section>\n");
    }

    static void activity(StringBuilder page, OverviewReport report) {
        StatsReport stats = report.stats();
        page.append("<section id=\"activity\">\n<h2>Activity</h2>\n");
        if (report.empty()) {
            page.append("<p class=\"empty\">No changes yet: check a skill (<code>tracker check QUERY</code>) and it shows here.</p>\n");
        } else {
            page.append("<p>streak: ").append(days(stats.streak().current())).append(" (longest ")
                    .append(days(stats.streak().longest())).append("), last active ").append(stats.streak().lastActive())
                    .append("</p>\n");
        }
        HtmlCharts.calendar(page, stats.calendar(), report.today(), stats.weekStart());
        page.append("</section>\n");
    }

    static void burndowns(StringBuilder page, OverviewReport report) {
        page.append("<section id=\"burndown\">\n<h2>Burndown</h2>\n<div class=\"cards\">\n");
        for (Burndown burndown : report.burndowns()) {
            page.append("<div class=\"card\">\n<h3>").append(HtmlText.of(burndown.roadmap().title())).append("</h3>\n");
            if (burndown.points().isEmpty()) {
                page.append("<p class=\"muted\">no change in it yet</p>\n");
            } else {
                HtmlCharts.burndown(page, burndown);
            }
            page.append("</div>\n");
        }
        page.append("</div>\n</section>\n");
    }

    static void reviews(StringBuilder page, OverviewReport report) {
        page.append("<section id=\"reviews\">\n<h2>Reviews due</h2>\n");
        if (report.dueCount() == 0) {
            page.append("<p class=\"muted\">none due now</p>\n</section>\n");
            return;
        }
        page.append("<p>").append(report.dueCount()).append(report.dueCount() == 1 ? " review" : " reviews")
                .append(" due now (<code>tracker review</code>)</p>\n<ul class=\"due\">\n");
        for (ReviewSchedule.Scheduled card : report.dueShown()) {
            long overdue = card.overdueDays(report.now());
            page.append("<li><code>").append(HtmlText.of(card.skill().id())).append("</code> ")
                    .append(HtmlText.of(card.skill().title()))
                    .append(overdue > 0 ? " <span class=\"muted\">(" + days(overdue) + " overdue)</span>" : "")
                    .append("</li>\n");
        }
        page.append("</ul>\n");
        if (report.dueCount() > report.dueShown().size()) {
            page.append("<p class=\"muted\">and ").append(report.dueCount() - report.dueShown().size())
                    .append(" more</p>\n");
        }
        page.append("</section>\n");
    }

    static String days(long count) {
        return count + (count == 1 ? " day" : " days");
    }
}
