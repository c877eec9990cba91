package dev.tracker.render;

import dev.tracker.report.Counts;
import dev.tracker.report.StatusReport;
import java.util.ArrayList;
import java.util.List;

/** `tracker status` as text: a line per roadmap, and per section when asked, each with a bar. */
public final class TextStatusRenderer {
    private static final int BAR_WIDTH = 20;
    private static final int INDENT = 2;

    private final int width;
    /** Room kept at the end of every line for the widest "2 in progress, 1 skipped", so bars align. */
    private int extrasWidth;

    public TextStatusRenderer(int width) {
        this.width = width;
    }

    public String render(StatusReport.Result result) {
        StringBuilder out = new StringBuilder();
        extrasWidth = 0;
        for (StatusReport.RoadmapStatus roadmap : result.roadmaps()) {
            extrasWidth = Math.max(extrasWidth, extras(roadmap.counts()).length());
            for (StatusReport.SectionStatus section : roadmap.sections()) {
                extrasWidth = Math.max(extrasWidth, extras(section.counts()).length());
            }
        }
        boolean detailed = result.roadmaps().stream().anyMatch(r -> !r.sections().isEmpty());
        for (StatusReport.RoadmapStatus roadmap : result.roadmaps()) {
            if (detailed) {
                out.append(roadmap.roadmap().id()).append(" · ").append(roadmap.roadmap().title()).append('\n');
            }
            out.append(line(roadmap.roadmap().id(), 1, roadmap.counts()));
            for (StatusReport.SectionStatus section : roadmap.sections()) {
                out.append(line(section.section().title(), 1 + section.section().depth(), section.counts()));
            }
            if (detailed) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private String line(String name, int depth, Counts counts) {
        String numbers = Text.padLeft(counts.done() + "/" + counts.total(), 9) + Text.padLeft(counts.percent() + "%", 5);
        String extras = extras(counts);
        int nameWidth = Math.max(8, width - INDENT * depth - BAR_WIDTH - numbers.length() - extrasWidth - 2);
        return " ".repeat(INDENT * depth) + Text.fit(name, nameWidth) + " " + Bar.of(counts, BAR_WIDTH) + " "
                + (numbers + extras).stripTrailing() + "\n";
    }

    private static String extras(Counts counts) {
        List<String> parts = new ArrayList<>();
        if (counts.inProgress() > 0) {
            parts.add(counts.inProgress() + " in progress");
        }
        if (counts.skipped() > 0) {
            parts.add(counts.skipped() + " skipped");
        }
        return parts.isEmpty() ? "" : "  " + String.join(", ", parts);
    }
}
