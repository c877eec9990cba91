package dev.tracker.render;

import dev.tracker.graph.SkillStatus;
import dev.tracker.report.DoctorReport;
import dev.tracker.report.StateDiff;
import java.util.List;

/** What `tracker doctor` found, in plain lines; every problem line says what to do about it. */
public final class TextDoctorRenderer {
    private final int width;

    public TextDoctorRenderer(int width) {
        this.width = width;
    }

    public String roadmaps(String where, int roadmaps, int skills, List<String> warnings, List<String> suspects) {
        StringBuilder out = new StringBuilder("roadmaps  " + where + ": " + count(roadmaps, "roadmap") + ", "
                + count(skills, "skill") + "\n");
        warnings.forEach(w -> out.append(Text.cut("  ! " + w, width)).append('\n'));
        suspects.forEach(s -> out.append(Text.cut("  ? " + s, width)).append('\n'));
        if (warnings.isEmpty() && suspects.isEmpty()) {
            out.append("  ok\n");
        }
        return out.toString();
    }

    /** A state file git merged as text: what it is, and the way out. */
    public String conflicted(String file) {
        return Text.cut("state     " + file, width) + "\n  holds git conflict markers: git merged it as text, without\n"
                + "  the tracker's merge driver (README: Keeping the state in git)\n"
                + "  run `tracker doctor --resolve` to merge the two sides as the driver would\n";
    }

    /** What `doctor --resolve` did. */
    public String resolved(String file, dev.tracker.state.ConflictResolve.Result result) {
        return "resolved the conflict in " + file + ": " + result.union().both() + " commands in both, "
                + result.union().ours() + " only in ours, " + result.union().theirs() + " only in theirs\n"
                + "the conflicted file is kept as " + result.kept() + "\n";
    }

    public String state(String file, DoctorReport.Result result, boolean backup) {
        StringBuilder out = new StringBuilder("state     " + file + ": " + count(result.stateEntries(), "skill") + " set, "
                + count(result.historyEntries(), "change") + " in the history; " + (backup ? "a backup is kept" : "no backup yet") + "\n");
        if (result.orphans().isEmpty()) {
            out.append("  ok: every entry belongs to a skill of the roadmaps\n");
            return out.toString();
        }
        out.append("  ").append(result.orphans().size()).append(result.orphans().size() == 1 ? " entry's" : " entries'")
                .append(" skill is no longer in the roadmaps (kept until you decide):\n");
        for (DoctorReport.Orphan orphan : result.orphans()) {
            out.append(Text.cut("  " + Marks.of(orphan.state().status()) + " " + orphan.id(), width)).append('\n');
            out.append(Text.cut("      was: " + orphan.state().title(), width)).append('\n');
            out.append(orphan.successor() == null ? "      likely became: no skill is close enough\n"
                    : Text.cut("      likely became: " + orphan.successor().skill().id() + "  ("
                            + Math.round(orphan.successor().score() * 100) + "% alike)", width) + "\n");
        }
        boolean movable = result.orphans().stream().anyMatch(o -> o.successor() != null);
        if (movable) {
            out.append("  run `tracker doctor --reattach` to move them over\n");
        }
        return out.toString();
    }

    public String reattached(List<DoctorReport.Orphan> moved) {
        StringBuilder out = new StringBuilder();
        for (DoctorReport.Orphan orphan : moved) {
            out.append(Text.cut("reattached " + orphan.id() + " → " + orphan.successor().skill().id(), width)).append('\n');
        }
        return out.append(moved.size()).append(moved.size() == 1 ? " entry" : " entries").append(" moved\n").toString();
    }

    /** The file's skills map disagreed with its history on {@code ids}, and was written again from the history. */
    public String mapRebuilt(List<String> ids, String backup) {
        return "the state file's \"skills\" map disagreed with its history on " + ids.size()
                + (ids.size() == 1 ? " skill:" : " skills:") + "\n"
                + Text.cut("  " + String.join(", ", ids), width) + "\n"
                + Text.cut("rebuilt it from the history (the source of truth); the previous file is " + backup, width) + "\n";
    }

    public String difference(StateDiff.Result diff, String currentError) {
        StringBuilder out = new StringBuilder("state.json.bak differs from the state file:\n");
        if (currentError != null) {
            out.append(Text.cut("  the state file cannot be read: " + currentError, width)).append('\n');
        }
        for (StateDiff.Entry entry : diff.entries()) {
            out.append(Text.cut("  " + entry.id() + ": " + label(entry.current()) + " now, " + label(entry.other())
                    + " in the backup", width)).append('\n');
        }
        out.append("  history: ").append(diff.currentHistory()).append(" changes now, ").append(diff.otherHistory())
                .append(" in the backup\n");
        return out.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String label(SkillStatus status) {
        return status == null ? "no entry" : status.label();
    }
}
