package dev.tracker.render;

import dev.tracker.report.Counts;
import dev.tracker.report.GapsReport;
import dev.tracker.report.OverviewReport;

/**
 * The `gaps` table as a picture: per roadmap with levels, a row a topic and a cell a level,
 * shaded by the share done (five shades, the darkest complete), the frontier at the end.
 */
final class HtmlMatrix {
    private HtmlMatrix() {
    }

    static void render(StringBuilder page, OverviewReport report) {
        page.append("<section id=\"gaps\">\n<h2>Levels: L1→Ln per topic</h2>\n");
        boolean any = false;
        for (GapsReport.RoadmapGaps roadmap : report.gaps().roadmaps()) {
            if (roadmap.levels().isEmpty()) {
                continue;
            }
            any = true;
            page.append("<h3>").append(HtmlText.of(roadmap.roadmap().title())).append("</h3>\n")
                    .append("<div class=\"scroll\">\n<table class=\"matrix\" data-roadmap=\"")
                    .append(HtmlText.of(roadmap.roadmap().id())).append("\">\n<thead><tr><th>topic</th>");
            for (int level : roadmap.levels()) {
                page.append("<th>").append(HtmlText.of(roadmap.roadmap().levelLabel(level))).append("</th>");
            }
            page.append("<th>frontier</th></tr></thead>\n<tbody>\n");
            for (GapsReport.TopicGaps topic : roadmap.topics()) {
                row(page, roadmap, topic);
            }
            page.append("</tbody>\n</table>\n</div>\n");
        }
        if (!any) {
            page.append("<p class=\"muted\">no roadmap has levels (headings such as <code>L1: …</code>)</p>\n");
        }
        page.append("</section>\n");
    }

    private static void row(StringBuilder page, GapsReport.RoadmapGaps roadmap, GapsReport.TopicGaps topic) {
        String title = HtmlText.of(topic.topic().title());
        page.append("<tr><td class=\"topic\" title=\"").append(title).append("\">").append(title)
                .append(topic.skippedAhead() ? " <span title=\"done above the frontier\">⚠</span>" : "").append("</td>");
        for (int level : roadmap.levels()) {
            Counts counts = topic.counts().get(level);
            if (counts == null) {
                page.append("<td class=\"cell none\"></td>");
                continue;
            }
            page.append("<td class=\"cell s").append(shade(counts)).append("\" data-level=\"").append(level)
                    .append("\" data-done=\"").append(counts.done()).append("\" data-total=\"").append(counts.total())
                    .append("\">").append(counts.done()).append('/').append(counts.total()).append("</td>");
        }
        page.append("<td>").append(topic.frontier() == 0 ? "complete" : "L" + topic.frontier()).append("</td></tr>\n");
    }

    /** 0 none done, 4 complete, 1 to 3 by thirds of the share done in between. */
    static int shade(Counts counts) {
        if (counts.complete()) {
            return 4;
        }
        int percent = counts.percent();
        return percent == 0 ? 0 : percent < 34 ? 1 : percent < 67 ? 2 : 3;
    }
}
