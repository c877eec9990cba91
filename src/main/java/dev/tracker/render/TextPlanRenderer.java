package dev.tracker.render;

import dev.tracker.graph.ShortIds;
import dev.tracker.report.PlanReport;

/** `tracker next` as text: numbered items, each with its id, its text, and why it was chosen. */
public final class TextPlanRenderer {
    private static final String INDENT = "     ";

    private final int width;
    private final ShortIds shortIds;

    /** @param shortIds the unique ends of ids, shown where a whole id would not fit the width */
    public TextPlanRenderer(int width, ShortIds shortIds) {
        this.width = width;
        this.shortIds = shortIds;
    }

    public String render(PlanReport.Result result) {
        StringBuilder out = new StringBuilder();
        int number = 0;
        for (PlanReport.Item item : result.items()) {
            number++;
            String head = Text.padLeft(number + ".", 3) + " " + (item.kind().equals("review") ? "review " : Marks.of(item.status()) + " ");
            // the whole id where it fits; else its shortest unique end, which `check` takes as well
            String id = DisplayWidth.of(head + item.skill().id()) <= width ? item.skill().id() : shortIds.of(item.skill());
            out.append(Text.cut(head + id, width)).append('\n');
            out.append(Text.cut(INDENT + item.skill().title(), width)).append('\n');
            out.append(Text.cut(INDENT + "why: " + item.reason(), width)).append('\n');
            if (item.hours() != null) {
                out.append(Text.cut(INDENT + "time: " + item.hours(), width)).append('\n');
            }
        }
        for (String note : result.notes()) {
            out.append(Text.cut(note, width)).append('\n');
        }
        if (result.items().isEmpty()) {
            out.append("nothing to plan: no skill is open (all done or skipped, or none at all)\n");
        } else {
            out.append(Text.cut("mark one done with: tracker check <id>", width)).append('\n');
        }
        return out.toString();
    }
}
