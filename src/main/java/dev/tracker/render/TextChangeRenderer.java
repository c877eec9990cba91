package dev.tracker.render;

import dev.tracker.report.ChangeReport;
import java.util.List;

/** What `check`, `uncheck`, `start` and `skip` say: the change, the section's progress, completions. */
public final class TextChangeRenderer {
    private static final int BAR_WIDTH = 20;

    private final int width;

    public TextChangeRenderer(int width) {
        this.width = width;
    }

    public String render(List<ChangeReport.Change> changes) {
        StringBuilder out = new StringBuilder();
        for (ChangeReport.Change change : changes) {
            String verb = change.changed()
                    ? Marks.of(change.to()) + " " + change.from().label() + " → " + change.to().label()
                    : Marks.of(change.to()) + " already " + change.to().label();
            out.append(verb).append("  ").append(change.skill().id()).append('\n');
            out.append("  ").append(Text.cut(change.skill().title(), width - 2)).append('\n');
            String scope = scope(change);
            String numbers = "  " + change.counts().done() + "/" + change.counts().total() + "  " + change.counts().percent() + "%";
            int scopeWidth = Math.max(8, width - 4 - BAR_WIDTH - numbers.length());
            out.append("  ").append(Text.fit(scope, scopeWidth)).append(' ').append(Bar.of(change.counts(), BAR_WIDTH))
                    .append(numbers).append('\n');
            for (String completed : change.completed()) {
                out.append("  ★ complete: ").append(Text.cut(completed, width - 14)).append('\n');
            }
        }
        return out.toString();
    }

    /** "Interfaces · L2" for a level section, else the section's title, else the roadmap's id. */
    private static String scope(ChangeReport.Change change) {
        if (change.section() == null) {
            return change.skill().roadmapId();
        }
        if (change.section().level() > 0 && change.parentSection() != null) {
            return change.parentSection().title() + " · L" + change.section().level();
        }
        return change.section().title();
    }
}
