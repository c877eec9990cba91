package dev.tracker.render;

import dev.tracker.graph.SkillStatus;
import dev.tracker.report.ChangeReport;
import dev.tracker.report.LogReport;
import dev.tracker.state.HistoryEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** `tracker log` and `tracker undo` as text: one line per change, newest first; what an undo reverted. */
public final class TextHistoryRenderer {
    private final int width;
    private final DateTimeFormatter time;

    public TextHistoryRenderer(int width, ZoneId zone) {
        this.width = width;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    /**
     * Two lines per change, newest first: "2026-11-21 09:00  [x] todo → done", then the skill's
     * whole id on a line of its own, since most ids would not fit beside the rest.
     */
    public String log(LogReport.Result result) {
        if (result.entries().isEmpty()) {
            String none = result.total() == 0 ? "no changes yet; check, uncheck, start, skip and undo record them"
                    : "no changes since " + result.since() + " (" + result.total() + " before it)";
            return Text.cut(none, width) + "\n";
        }
        StringBuilder out = new StringBuilder();
        for (HistoryEntry entry : result.entries()) {
            String change = time.format(entry.at()) + "  " + Marks.of(entry.to()) + " " + entry.from().label() + " → "
                    + entry.to().label() + (entry.undo() ? "  (undo)" : "");
            out.append(Text.cut(change, width)).append('\n');
            out.append("  ").append(Text.cut(entry.id(), width - 2)).append('\n');
        }
        return out.toString();
    }

    /** What was reverted, in the words of the command that made it, then the change as `check` shows it. */
    public String undo(HistoryEntry reverted, List<ChangeReport.Change> changes) {
        String line = "undo: reverted `" + command(reverted.to()) + "` of " + time.format(reverted.at()) + " ("
                + reverted.from().label() + " → " + reverted.to().label() + ")";
        return Text.cut(line, width) + "\n" + new TextChangeRenderer(width).render(changes);
    }

    /** The command that sets a status: a done skill was checked, a todo one unchecked. */
    private static String command(SkillStatus to) {
        return switch (to) {
            case DONE -> "check";
            case TODO -> "uncheck";
            case IN_PROGRESS -> "start";
            case SKIPPED -> "skip";
        };
    }
}
