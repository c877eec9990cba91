package dev.tracker.roadmap;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules need to know of a whole file before reading it in order: the scale its level
 * headings use, and whether its check-marked headings are decoration.
 *
 * @param scale              the levels its headings name
 * @param checkMarksDecorate every heading but the title carries a check mark
 */
record FileTraits(LevelScale scale, boolean checkMarksDecorate) {
    static FileTraits of(List<MarkdownBlock> blocks) {
        List<String> headings = new ArrayList<>();
        boolean first = true;
        for (MarkdownBlock block : blocks) {
            if (block instanceof MarkdownBlock.Heading heading) {
                String text = MojibakeRepair.repair(heading.text());
                if (!(first && heading.level() == 1)) { // the title says nothing of the sections
                    headings.add(text);
                }
                first = false;
            }
        }
        return new FileTraits(LevelScale.of(headings), FocusRules.checkMarksAreDecoration(headings));
    }
}
