package dev.tracker.render;

import dev.tracker.report.PlanReport;

/** `tracker next` as text: numbered items, each with its id, its text, and why it was chosen. */
public final class TextPlanRenderer {
    private static final String INDENT = "     ";

    private final int width;

    public TextPlanRenderer(int width) {
        this.width = width;
    }

    public String render(PlanReport.Result result) {
        StringBuilder out = new StringBuilder();
        int number = 0;
        for (PlanReport.Item item : result.items()) {
            number++;
            String head = Text.padLeft(number + ".", 3) + " " + Marks.of(item.status()) + " ";
            out.append(head).append(item.skill().id()).append('\n'); // never cut: the id is what `check` takes
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
