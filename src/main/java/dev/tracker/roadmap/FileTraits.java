package dev.tracker.roadmap;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules need to know of a whole file before reading it in order: the scale its level
 * headings use, and whether its check-marked headings are decoration.
 *
 * @param scale              the levels its headings name
 * @param checkMarksDecorate every heading but the title carries a check mark
 * @param severalTitles      more than one level-1 heading: none is the title, each is a section
 */
record FileTraits(LevelScale scale, boolean checkMarksDecorate, boolean severalTitles) {
    static FileTraits of(List<MarkdownBlock> blocks) {
        List<String> headings = new ArrayList<>();
        boolean first = true;
        int levelOnes = 0;
        String title = null;
        for (MarkdownBlock block : blocks) {
            if (block instanceof MarkdownBlock.Heading heading) {
                String text = MojibakeRepair.repair(heading.text());
                levelOnes += heading.level() == 1 ? 1 : 0;
                if (first && heading.level() == 1) { // the title says nothing of the sections
                    title = text;
                } else {
                    headings.add(text);
                }
                first = false;
            }
        }
        if (levelOnes > 1 && title != null) {
            headings.add(0, title); // not a title after all, but a section
        }
        return new FileTraits(LevelScale.of(headings), FocusRules.checkMarksAreDecoration(headings), levelOnes > 1);
    }
}
