package dev.tracker.roadmap;

import java.util.List;

/**
 * The parts of a markdown file that roadmap rules look at, in document order, with
 * everything that can never hold a skill (code, HTML, block quotes) already left out.
 * The parser turns Flexmark's tree into these so that nothing past it depends on Flexmark.
 */
sealed interface MarkdownBlock {
    /** A heading (ATX or setext, also inside a list item), its inline markdown removed. */
    record Heading(int level, String text, int line) implements MarkdownBlock {
    }

    /**
     * A list item.
     *
     * @param index        its position among the items of the file
     * @param parentIndex  the index of the item it is nested in, or -1
     * @param lead         the raw markdown of its first paragraph, marker included
     * @param hasSubList   whether it holds a nested list
     */
    record Item(int index, int parentIndex, String lead, boolean hasSubList, int line) implements MarkdownBlock {
    }

    /** A paragraph outside a list item's first line: raw markdown, lines kept. */
    record Paragraph(String raw, int line) implements MarkdownBlock {
    }

    /** A table: its header cells and body rows, each cell's raw markdown. */
    record Table(List<String> header, List<Row> rows, int line) implements MarkdownBlock {
    }

    /** One body row of a table. */
    record Row(List<String> cells, int line) {
    }
}
