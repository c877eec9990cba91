package dev.tracker.render;

import dev.tracker.report.Counts;
import dev.tracker.report.ListReport;
import dev.tracker.report.SkillView;
import java.util.List;

/**
 * `tracker list` as text: a tree with a line per section (its done/total at the right edge)
 * and per skill (mark, id within the roadmap, title). Every line is cut to the width, never
 * wrapped, so that the tree keeps its shape in any terminal and in a pipe.
 */
public final class TextListRenderer {
    private static final int INDENT = 2;

    private final int width;

    public TextListRenderer(int width) {
        this.width = width;
    }

    public String render(ListReport.Result result) {
        if (result.trees().isEmpty()) {
            return Text.cut("no " + result.filter().describe() + " in any roadmap", width) + "\n";
        }
        // one buffer for every line, sized for them: `list` of every roadmap is ~900 lines, ~70 KB
        int lines = result.trees().stream().mapToInt(tree -> tree.entries().size() + 2).sum();
        StringBuilder out = new StringBuilder(lines * Math.min(width + 1, 120));
        int countsWidth = countsWidth(result.trees());
        for (ListReport.Tree tree : result.trees()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            appendTree(out, tree, result.filter().describe(), countsWidth);
        }
        return out.toString();
    }

    /** One tree: its top line, then its sections and skills; says so when the filter left none. */
    String tree(ListReport.Tree tree, String filterDescription, int countsWidth) {
        StringBuilder out = new StringBuilder();
        appendTree(out, tree, filterDescription, countsWidth);
        return out.toString();
    }

    private void appendTree(StringBuilder out, ListReport.Tree tree, String filterDescription, int countsWidth) {
        String top = tree.section() == null ? tree.roadmap().id() + " · " + tree.roadmap().title()
                : tree.roadmap().id() + " › " + String.join(" › ", tree.sectionPath());
        out.append(sectionLine(top, 0, tree.counts(), countsWidth));
        String relativeTo = tree.roadmap().id() + "/";
        for (ListReport.Entry entry : tree.entries()) {
            if (entry instanceof ListReport.SectionEntry) {
                ListReport.SectionEntry section = (ListReport.SectionEntry) entry;
                out.append(sectionLine(section.section().title(), section.depth(), section.counts(), countsWidth));
            } else {
                appendSkillLine(out, ((ListReport.SkillEntry) entry).view(), relativeTo, INDENT * entry.depth(), width);
                out.append('\n');
            }
        }
        if (tree.entries().isEmpty()) {
            out.append(" ".repeat(INDENT)).append(Text.cut("no " + filterDescription + " here", width - INDENT)).append('\n');
        }
    }

    /**
     * "[ ] interfaces/l2/mocking  Mocking: I define…": the id before the title, so that a cut spares
     * it, and without {@code relativeTo} (the roadmap the tree's top line names), so that it fits;
     * the end of an id is accepted by every command.
     */
    private static void appendSkillLine(StringBuilder out, SkillView view, String relativeTo, int indent, int width) {
        String id = view.skill().id();
        if (!relativeTo.isEmpty() && id.startsWith(relativeTo)) {
            id = id.substring(relativeTo.length());
        }
        String line = Marks.of(view.status()) + " " + id + "  " + view.skill().title();
        out.append(" ".repeat(indent)).append(Text.cut(line, width - indent));
    }

    private String sectionLine(String title, int depth, Counts counts, int countsWidth) {
        int indent = INDENT * depth;
        int titleWidth = Math.max(8, width - indent - countsWidth - 2);
        return " ".repeat(indent) + Text.fit(title, titleWidth) + "  " + Text.padLeft(fraction(counts), countsWidth) + "\n";
    }

    static int countsWidth(List<ListReport.Tree> trees) {
        int widest = 0;
        for (ListReport.Tree tree : trees) {
            widest = Math.max(widest, fraction(tree.counts()).length());
            for (ListReport.Entry entry : tree.entries()) {
                if (entry instanceof ListReport.SectionEntry) {
                    widest = Math.max(widest, fraction(((ListReport.SectionEntry) entry).counts()).length());
                }
            }
        }
        return widest;
    }

    private static String fraction(Counts counts) {
        return counts.done() + "/" + counts.total();
    }
}
