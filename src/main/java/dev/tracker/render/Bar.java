package dev.tracker.render;

import dev.tracker.report.Counts;

/** A progress bar: done, then in progress, then open; skipped skills take no room. */
public final class Bar {
    private static final char DONE = '█';
    private static final char IN_PROGRESS = '▒';
    private static final char OPEN = '░';

    private Bar() {
    }

    public static String of(Counts counts, int width) {
        int counted = counts.total() - counts.skipped();
        if (counted <= 0) {
            return String.valueOf(counts.total() == 0 ? OPEN : DONE).repeat(width);
        }
        int done = cells(counts.done(), counted, width);
        int inProgress = Math.min(width - done, cells(counts.done() + counts.inProgress(), counted, width) - done);
        return String.valueOf(DONE).repeat(done) + String.valueOf(IN_PROGRESS).repeat(inProgress)
                + String.valueOf(OPEN).repeat(width - done - inProgress);
    }

    /** Rounded down, so that a full bar always means complete; but any progress shows at least one cell. */
    private static int cells(int part, int whole, int width) {
        int cells = (int) ((long) part * width / whole);
        return part > 0 && cells == 0 ? 1 : cells;
    }
}
