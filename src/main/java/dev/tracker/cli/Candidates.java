package dev.tracker.cli;

import dev.tracker.render.Text;
import dev.tracker.shell.Choice;
import java.util.ArrayList;
import java.util.List;

/** The lines under an ambiguity error: the first candidates with their ids, cut to the width. */
final class Candidates {
    private static final int SHOWN = 15;

    private Candidates() {
    }

    static List<String> lines(List<Choice> candidates, int width) {
        List<String> lines = new ArrayList<>();
        for (Choice candidate : candidates.subList(0, Math.min(SHOWN, candidates.size()))) {
            lines.add(Text.cut("  " + candidate.id() + "  " + candidate.title(), width));
        }
        if (candidates.size() > SHOWN) {
            lines.add("  … and " + (candidates.size() - SHOWN) + " more; add a word to narrow it");
        }
        return lines;
    }
}
