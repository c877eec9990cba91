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

    /** "2026-11-21 09:00  [x] todo → done  go-architect-tracker/interfaces/l2/mocking", changes aligned. */
    public String log(LogReport.Result result) {
        if (result.entries().isEmpty()) {
            String none = result.total() == 0 ? "no changes yet; check, uncheck, start, skip and undo record them"
                    : "no changes since " + result.since() + " (" + result.total() + " before it)";
            return Text.cut(none, width) + "\n";
        }
        int changeWidth = 0;
        for (HistoryEntry entry : result.entries()) {
            changeWidth = Math.max(changeWidth, DisplayWidth.of(change(entry)));
        }
        StringBuilder out = new StringBuilder();
        for (HistoryEntry entry : result.entries()) {
            String line = time.format(entry.at()) + "  " + Marks.of(entry.to()) + " " + Text.fit(change(entry), changeWidth)
                    + "  " + entry.id();
            out.append(Text.cut(line, width)).append('\n');
        }
        return out.toString();
    }

    /** What was reverted, in the words of the command that made it, then the change as `check` shows it. */
    public String undo(HistoryEntry reverted, List<ChangeReport.Change> changes) {
        String line = "undo: reverted `" + command(reverted.to()) + "` of " + time.format(reverted.at()) + " ("
                + reverted.from().label() + " → " + reverted.to().label() + ")";
        return Text.cut(line, width) + "\n" + new TextChangeRenderer(width).render(changes);
    }

    private static String change(HistoryEntry entry) {
        return entry.from().label() + " → " + entry.to().label() + (entry.undo() ? " (undo)" : "");
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
