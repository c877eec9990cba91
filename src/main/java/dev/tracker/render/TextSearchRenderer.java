package dev.tracker.render;

import dev.tracker.report.SkillView;
import java.util.List;

/**
 * `tracker search` as text, two lines per skill: the whole id alone on its line (roadmaps mix
 * here, and half the ids are longer than a line would leave them beside a title), then the
 * mark and the title below it.
 */
public final class TextSearchRenderer {
    private static final String INDENT = "  ";

    private final int width;

    public TextSearchRenderer(int width) {
        this.width = width;
    }

    public String render(List<SkillView> skills) {
        StringBuilder out = new StringBuilder();
        for (SkillView skill : skills) {
            out.append(Text.cut(skill.skill().id(), width)).append('\n');
            out.append(INDENT).append(Text.cut(Marks.of(skill.status()) + " " + skill.skill().title(), width - INDENT.length()))
                    .append('\n');
        }
        return out.toString();
    }
}
