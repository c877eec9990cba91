package dev.tracker.render;

import dev.tracker.report.Counts;
import dev.tracker.report.StatusReport;
import java.util.ArrayList;
import java.util.List;

/** `tracker status` as text: a line per roadmap, and per section when asked, each with a bar. */
public final class TextStatusRenderer {
    private static final int BAR_MAX = 20;
    private static final int BAR_MIN = 5;
    private static final int NAME_MIN = 24;
    private static final int NUMBERS_WIDTH = 14;
    private static final int INDENT = 2;

    private final int width;
    /** Room kept at the end of every line for the widest "2 in progress, 1 skipped", so bars align. */
    private int extrasWidth;
    /** The bar narrows, down to {@link #BAR_MIN}, before names get shorter than {@link #NAME_MIN}. */
    private int barWidth;

    public TextStatusRenderer(int width) {
        this.width = width;
    }

    public String render(StatusReport.Result result) {
        return render(result, null);
    }

    /**
     * With a heading line before each folder's roadmaps ({@code folderOf} names a roadmap's
     * folder; null: no headings), for a run that reads several roadmap folders.
     */
    public String render(StatusReport.Result result, java.util.function.Function<dev.tracker.graph.Roadmap, String> folderOf) {
        StringBuilder out = new StringBuilder();
        extrasWidth = 0;
        int deepest = 1;
        for (StatusReport.RoadmapStatus roadmap : result.roadmaps()) {
            extrasWidth = Math.max(extrasWidth, extras(roadmap.counts()).length());
            for (StatusReport.SectionStatus section : roadmap.sections()) {
                extrasWidth = Math.max(extrasWidth, extras(section.counts()).length());
                deepest = Math.max(deepest, 1 + section.section().depth());
            }
        }
        int room = width - INDENT * deepest - NUMBERS_WIDTH - extrasWidth - 2 - NAME_MIN;
        barWidth = Math.max(BAR_MIN, Math.min(BAR_MAX, room));
        boolean detailed = result.roadmaps().stream().anyMatch(r -> !r.sections().isEmpty());
        String folder = null;
        for (StatusReport.RoadmapStatus roadmap : result.roadmaps()) {
            String own = folderOf == null ? null : folderOf.apply(roadmap.roadmap());
            if (own != null && !own.equals(folder)) {
                out.append(folder == null || detailed ? "" : "\n").append(Text.cut(own, width)).append('\n');
                folder = own;
            }
            if (detailed) {
                out.append(Text.cut(roadmap.roadmap().id() + " · " + roadmap.roadmap().title(), width)).append('\n');
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
        String numbers = Text.padLeft(counts.done() + "/" + counts.total(), NUMBERS_WIDTH - 5) + Text.padLeft(counts.percent() + "%", 5);
        String extras = extras(counts);
        int nameWidth = Math.max(6, width - INDENT * depth - barWidth - NUMBERS_WIDTH - extrasWidth - 2);
        return " ".repeat(INDENT * depth) + Text.fit(name, nameWidth) + " " + Bar.of(counts, barWidth) + " "
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
