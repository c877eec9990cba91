package dev.tracker.render;

import dev.tracker.state.HistoryUnion;

/** The one line `tracker merge-state` prints (git shows it during a pull). */
public final class TextMergeRenderer {
    private TextMergeRenderer() {
    }

    public static String merged(HistoryUnion.Result result) {
        return "tracker: merged the state: " + commands(result.both()) + " in both, " + result.ours() + " only here, "
                + result.theirs() + " only there; " + result.merged().skills().size() + " skill"
                + (result.merged().skills().size() == 1 ? "" : "s") + " set\n";
    }

    private static String commands(int count) {
        return count + (count == 1 ? " command" : " commands");
    }
}
