package dev.tracker.cli;

import dev.tracker.render.TextMergeRenderer;
import dev.tracker.state.HistoryUnion;
import dev.tracker.state.StateMerge;
import java.nio.file.Path;

/** {@code tracker merge-state BASE OURS THEIRS}: git's merge driver for the state file. */
public final class MergeStateCommand extends ModelledCommand implements Runnable {
    private final Specs.Value<String> ours;
    private final Specs.Value<String> theirs;

    public MergeStateCommand(TrackerContext context) {
        super(context, "merge-state",
                new String[] {"Merge two copies of a state file: git's merge driver (%%O %%A %%B).",
                    "Takes every history entry of both (a command both hold, once), replays",
                    "them, and writes the result over OURS. The later change of a skill wins;",
                    "both stay in the history. A file it cannot read stops it (exit 65) with",
                    "OURS untouched. Set up once per repository:",
                    "  echo 'state.json merge=tracker' >> .gitattributes",
                    "  git config merge.tracker.driver 'tracker merge-state %%O %%A %%B'"},
                "  tracker merge-state base.json mine.json theirs.json   mine.json: the union");
        Specs.required(spec, "BASE", "The common ancestor (%%O); not needed by a union, not read.");
        ours = Specs.required(spec, "OURS", "This side (%%A): the merged state is written here.");
        theirs = Specs.required(spec, "THEIRS", "The other side (%%B).");
    }

    @Override
    public void run() {
        Path dir = context.workingDir();
        HistoryUnion.Result merged = StateMerge.mergeInto(dir.resolve(ours.get()), dir.resolve(theirs.get()));
        print(TextMergeRenderer.merged(merged));
    }
}
