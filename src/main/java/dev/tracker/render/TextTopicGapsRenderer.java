package dev.tracker.render;

import dev.tracker.graph.Skill;
import dev.tracker.report.Counts;
import dev.tracker.report.GapsReport;
import dev.tracker.state.Progress;
import java.util.List;
import java.util.Map;

/** `tracker gaps TOPIC`: each level of one topic, with the skills still missing and their ids. */
public final class TextTopicGapsRenderer {
    private final int width;

    public TextTopicGapsRenderer(int width) {
        this.width = width;
    }

    /** The one topic of {@code roadmap}, its levels labelled as the roadmap names them ("L1 Junior"). */
    public String render(GapsReport.RoadmapGaps roadmap, Progress progress) {
        GapsReport.TopicGaps topic = roadmap.topics().get(0);
        int labelWidth = topic.counts().keySet().stream().mapToInt(l -> DisplayWidth.of(roadmap.roadmap().levelLabel(l)))
                .max().orElse(2);
        StringBuilder out = new StringBuilder();
        out.append(Text.cut(topic.topic().title() + " · frontier " + TextGapsRenderer.frontier(topic.frontier()), width))
                .append('\n');
        for (Map.Entry<Integer, Counts> level : topic.counts().entrySet()) {
            Counts counts = level.getValue();
            out.append("  ").append(Text.fit(roadmap.roadmap().levelLabel(level.getKey()), labelWidth)).append("  ")
                    .append(Bar.of(counts, 10)).append(' ')
                    .append(counts.done()).append('/').append(counts.total())
                    .append(counts.complete() ? "  complete" : "  missing " + counts.open()).append('\n');
            List<Skill> missing = topic.missing().getOrDefault(level.getKey(), List.of());
            for (Skill skill : missing) {
                out.append(Text.cut("    " + Marks.of(progress.statusOf(skill)) + " " + skill.id(), width)).append('\n');
                out.append(Text.cut("        " + skill.title(), width)).append('\n');
            }
        }
        if (topic.skippedAhead()) {
            out.append(Text.cut("  ! skipped ahead: skills above L" + topic.frontier() + " are done while it is open", width))
                    .append('\n');
        }
        return out.toString();
    }
}
