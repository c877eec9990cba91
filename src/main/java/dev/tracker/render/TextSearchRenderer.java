package dev.tracker.render;

import dev.tracker.report.SkillView;
import java.util.List;

/** `tracker search` as text: a line per skill, the same line `list` shows, so ids line up for `check`. */
public final class TextSearchRenderer {
    private final int width;

    public TextSearchRenderer(int width) {
        this.width = width;
    }

    public String render(List<SkillView> skills) {
        StringBuilder out = new StringBuilder();
        for (SkillView skill : skills) {
            out.append(TextListRenderer.skillLine(skill, 0, width)).append('\n');
        }
        return out.toString();
    }
}
