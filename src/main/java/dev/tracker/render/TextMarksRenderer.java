package dev.tracker.render;

import dev.tracker.report.MarkWrites;

/** What write-marks says: a line per roadmap, or, in a dry run, the unified diffs alone. */
public final class TextMarksRenderer {
    private TextMarksRenderer() {
    }

    /** The diffs, concatenated as `diff -u` prints several files: for `patch`, `git apply`, a pager. */
    public static String diffs(MarkWrites writes) {
        StringBuilder out = new StringBuilder();
        writes.files().forEach(file -> out.append(file.diff()));
        return out.toString();
    }

    public static String summary(MarkWrites writes) {
        StringBuilder out = new StringBuilder();
        for (MarkWrites.File file : writes.files()) {
            if (file.marks() == 0) {
                out.append(file.name()).append(": every mark already says its status; left untouched\n");
                continue;
            }
            out.append(file.name()).append(": ").append(file.marks()).append(file.marks() == 1 ? " mark" : " marks")
                    .append(" written (the old file: ").append(file.target().getFileName()).append(".bak)\n");
            if (file.symlink()) {
                out.append("  ").append(file.name()).append(" is a symlink: wrote its target, ").append(file.target()).append('\n');
            }
        }
        for (String plain : writes.plainFiles()) {
            out.append(plainLine(plain)).append('\n');
        }
        if (writes.skipped() > 0) {
            out.append(writes.skipped()).append(writes.skipped() == 1 ? " file" : " files")
                    .append(" the loader skipped left untouched\n");
        }
        if (writes.handedBack() > 0) {
            out.append(writes.handedBack()).append(writes.handedBack() == 1 ? " state entry" : " state entries")
                    .append(" handed back to the markdown's marks (the history keeps them)\n");
        }
        return out.toString();
    }

    /** A plan of plain bullets: nothing to flip. */
    public static String plainLine(String file) {
        return file + ": a plan of plain bullets has no marks to write; left untouched";
    }
}
