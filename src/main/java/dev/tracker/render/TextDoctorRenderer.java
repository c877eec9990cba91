package dev.tracker.render;

import dev.tracker.graph.SkillStatus;
import dev.tracker.report.DoctorReport;
import dev.tracker.report.StateDiff;
import dev.tracker.state.HistoryEntry;
import dev.tracker.state.Progress;
import dev.tracker.state.SkillState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What `tracker doctor` found, in plain lines; every problem line says what to do about it. */
public final class TextDoctorRenderer {
    private static final int BACKUP_LINES = 10;
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

    /**
     * A state file that cannot be read: what is damaged, and what its backup holds when it is whole
     * (its entries, the first {@link #BACKUP_LINES}), with the command that restores it.
     */
    public String damaged(String file, String what, String backupName, Progress backup, String backupTrouble) {
        StringBuilder out = new StringBuilder(Text.cut("state     " + file, width)).append('\n');
        out.append(wrapped("  cannot be read: " + what));
        if (backup == null) {
            out.append(wrapped("  " + backupTrouble));
            return out.append("  fix the file by hand at that place, or move it away to start afresh\n").toString();
        }
        List<HistoryEntry> history = backup.history();
        out.append(wrapped("  its backup " + backupName + " is whole: " + count(backup.skills().size(), "skill") + " set, "
                + count(history.size(), "change") + " in the history"
                + (history.isEmpty() ? "" : ", the last at " + history.get(history.size() - 1).at())));
        int shown = 0;
        for (Map.Entry<String, SkillState> entry : backup.skills().entrySet()) {
            if (shown++ == BACKUP_LINES) {
                out.append("    … and ").append(backup.skills().size() - BACKUP_LINES).append(" more\n");
                break;
            }
            out.append(Text.cut("    " + Marks.of(entry.getValue().status()) + " " + entry.getKey(), width)).append('\n');
        }
        return out.append("  run `tracker doctor --restore-backup` to see how it differs and restore it\n")
                .append("  (the damaged file is kept beside it as ").append(Path.of(file).getFileName()).append(".replaced-TIME)\n")
                .toString();
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
        java.util.Map<String, Integer> elsewhere = new java.util.TreeMap<>();
        for (DoctorReport.Orphan orphan : result.orphans()) {
            if (orphan.elsewhere()) {
                elsewhere.merge(orphan.absentRoadmap(), 1, Integer::sum);
                continue;
            }
            out.append(Text.cut("  " + Marks.of(orphan.state().status()) + " " + orphan.id(), width)).append('\n');
            out.append(Text.cut("      was: " + orphan.state().title(), width)).append('\n');
            out.append(orphan.successor() == null ? "      likely became: no skill is close enough\n"
                    : Text.cut("      likely became: " + orphan.successor().skill().id() + "  ("
                            + Math.round(orphan.successor().score() * 100) + "% alike)", width) + "\n");
        }
        // a whole roadmap's entries in one line: another --roadmaps folder may well hold it
        elsewhere.forEach((roadmap, count) -> out.append(Text.cut("  " + count + (count == 1 ? " entry" : " entries")
                + " of " + roadmap + ", a roadmap not loaded here", width)).append('\n'));
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
                + "rebuilt it from the history (the source of truth);\n"
                + Text.cut("  the previous file is kept as " + backup, width) + "\n";
    }

    /** How the backup (named {@code backup}, such as state.json.bak) differs from the state file. */
    public String difference(StateDiff.Result diff, String currentError, String backup) {
        StringBuilder out = new StringBuilder(backup + " differs from the state file:\n");
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

    /** Lines of at most the width, broken at spaces, the later ones indented by two more: a reason is never cut. */
    private String wrapped(String text) {
        String indent = text.substring(0, text.length() - text.stripLeading().length());
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.stripLeading().split(" ")) {
            if (line.length() > indent.length() && DisplayWidth.of(line + " " + word) > width) {
                out.append(line).append('\n');
                line = new StringBuilder(indent + "  ");
            } else if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String label(SkillStatus status) {
        return status == null ? "no entry" : status.label();
    }
}
