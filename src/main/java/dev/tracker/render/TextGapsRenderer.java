package dev.tracker.render;

import dev.tracker.report.Counts;
import dev.tracker.report.GapsReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** `tracker gaps` as text: a row per topic with each level's counts and the topic's frontier. */
public final class TextGapsRenderer {
    private static final int WIDE_LEVEL_COLUMN = 11;
    private static final int NARROW_LEVEL_COLUMN = 7;
    private static final int MINI_BAR = 4;
    private static final int FRONTIER_COLUMN = 9;
    private static final int NAME_MIN = 16;

    private final int width;

    public TextGapsRenderer(int width) {
        this.width = width;
    }

    public String render(GapsReport.Result result) {
        StringBuilder out = new StringBuilder();
        for (GapsReport.RoadmapGaps roadmap : result.roadmaps()) {
            if (roadmap.levels().isEmpty()) {
                out.append(Text.cut(roadmap.roadmap().id()
                                + ": no levels (no headings like \"L1: …\", \"Tier 2\" or \"Beginner\")", width))
                        .append('\n');
                continue;
            }
            out.append(Text.cut(roadmap.roadmap().id() + " · " + roadmap.roadmap().title(), width)).append('\n');
            if (!roadmap.roadmap().levelNames().isEmpty()) {
                List<String> names = roadmap.levels().stream().map(roadmap.roadmap()::levelLabel).toList();
                out.append(Text.cut("  levels: " + String.join(" · ", names), width)).append('\n');
            }
            // bars when they fit beside a readable name; on a narrow terminal, the counts alone
            int levels = roadmap.levels().size();
            int levelColumn = width - 2 - levels * WIDE_LEVEL_COLUMN - FRONTIER_COLUMN >= NAME_MIN
                    ? WIDE_LEVEL_COLUMN : NARROW_LEVEL_COLUMN;
            int nameWidth = Math.max(6, width - 2 - levels * levelColumn - FRONTIER_COLUMN);
            StringBuilder header = new StringBuilder("  " + Text.fit("topic", nameWidth));
            roadmap.levels().forEach(level -> header.append(Text.fit(" L" + level, levelColumn)));
            out.append(Text.cut(header + " frontier", width)).append('\n');
            List<String> warnings = new ArrayList<>();
            for (GapsReport.TopicGaps topic : roadmap.topics()) {
                StringBuilder row = new StringBuilder("  " + Text.fit(topic.topic().title(), nameWidth));
                for (int level : roadmap.levels()) {
                    Counts counts = topic.counts().get(level);
                    row.append(counts == null ? " ".repeat(levelColumn) : cell(counts, levelColumn));
                }
                out.append(row).append(' ').append(frontier(topic.frontier())).append('\n');
                if (topic.skippedAhead()) {
                    warnings.add("! skipped ahead: " + topic.topic().title() + " has skills done above L"
                            + topic.frontier() + ", which is still open: a gap in foundations?");
                }
            }
            out.append(Text.cut("  " + summary(roadmap.topicsPerFrontier()), width)).append('\n');
            warnings.forEach(w -> out.append(Text.cut("  " + w, width)).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    /** "  6/6 ████ " (counts right-aligned, then a small bar), or "  6/6 " where there is no room for bars. */
    private static String cell(Counts counts, int column) {
        if (column < WIDE_LEVEL_COLUMN) {
            return Text.padLeft(counts.done() + "/" + counts.total(), column - 1) + " ";
        }
        String numbers = Text.padLeft(counts.done() + "/" + counts.total(), column - MINI_BAR - 2);
        return numbers + " " + Bar.of(counts, MINI_BAR) + " ";
    }

    static String frontier(int level) {
        return level == 0 ? "complete" : "L" + level;
    }

    private static String summary(Map<Integer, Integer> perFrontier) {
        List<String> parts = new ArrayList<>();
        perFrontier.forEach((level, topics) -> parts.add(topics + (topics == 1 ? " topic" : " topics") + " at "
                + frontier(level)));
        return "frontier: " + String.join(", ", parts);
    }
}
