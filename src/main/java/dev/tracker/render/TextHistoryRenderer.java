package dev.tracker.render;

import dev.tracker.graph.SkillStatus;
import dev.tracker.report.ChangeReport;
import dev.tracker.report.LogReport;
import dev.tracker.state.EntryKind;
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
            String change = time.format(entry.at()) + "  " + describe(entry) + (entry.undo() ? "  (undo)" : "");
            out.append(Text.cut(change, width)).append('\n');
            out.append("  ").append(Text.cut(entry.id(), width - 2)).append('\n');
        }
        return out.toString();
    }

    /** What was reverted, in the words of the command that made it, then the changes as `check` shows them. */
    public String undo(List<HistoryEntry> reverted, List<ChangeReport.Change> changes, List<String> goneIds) {
        HistoryEntry first = reverted.get(0);
        String what = first.changesStatus() && !handedBack(first) ? first.from().label() + " → " + first.to().label() : describe(first);
        String line = "undo: reverted `" + command(first) + "` of " + time.format(first.at()) + " (" + what
                + (skillCount(reverted) > 1 ? "; " + skillCount(reverted) + " skills" : "") + ")";
        StringBuilder out = new StringBuilder(Text.cut(line, width)).append('\n');
        out.append(new TextChangeRenderer(width).render(changes));
        for (String id : goneIds) {
            out.append(Text.cut("  " + id + " (no longer in the roadmaps; its entry is reverted all the same)", width)).append('\n');
        }
        return out.toString();
    }

    private static long skillCount(List<HistoryEntry> entries) {
        return entries.stream().map(HistoryEntry::id).distinct().count();
    }

    /** "[x] todo → done", "review: good", "note", …: what an entry did, in a few words. */
    static String describe(HistoryEntry entry) {
        if (handedBack(entry)) {
            return Marks.of(entry.to()) + " " + entry.to().label() + ", written into the markdown";
        }
        if (entry.changesStatus()) {
            return Marks.of(entry.to()) + " " + entry.from().label() + " → " + entry.to().label();
        }
        return switch (entry.kind()) {
            case REVIEW -> "review: " + entry.grade();
            case SEEN -> "review schedule started (done in the markdown)";
            case NOTE -> "note: " + entry.text().lines().findFirst().orElse("");
            case NOTE_DELETE -> "note deleted";
            case REATTACH -> "reattached from " + entry.ref();
            case UNDO -> entry.grade() != null ? "review " + entry.grade() + " reverted" : "reverted";
            default -> entry.kind().label();
        };
    }

    /** The command that made an entry: a done skill was checked, a todo one unchecked, a grade reviewed. */
    private static String command(HistoryEntry entry) {
        if (handedBack(entry)) {
            return "write-marks";
        }
        if (entry.changesStatus()) {
            return command(entry.to());
        }
        return switch (entry.kind()) {
            case REVIEW -> "review";
            case NOTE, NOTE_DELETE -> "note";
            case REATTACH -> "doctor --reattach";
            default -> entry.kind().label();
        };
    }

    /** A status entry of write-marks: the markdown's mark now says what the state did, whose entry it clears. */
    private static boolean handedBack(HistoryEntry entry) {
        return entry.kind() == EntryKind.STATUS && entry.clears() && entry.from() == entry.to();
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
