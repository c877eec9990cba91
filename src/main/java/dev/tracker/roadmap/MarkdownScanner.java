package dev.tracker.roadmap;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/** Walks Flexmark's tree of one file and keeps the headings, list items and paragraphs. */
final class MarkdownScanner {
    /**
     * Flexmark with the guarded inline parser (a custom one drops the core reference
     * pre-processor, so it is added back).
     */
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
                    .set(Parser.EXTENSIONS, List.of(TaskListExtension.create(), TablesExtension.create())))
            .customInlineParserFactory(GuardedInlineParser::new)
            .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
            .build();

    private final List<MarkdownBlock> blocks = new ArrayList<>();
    private final LineIndex lines;
    private int itemCount;

    private MarkdownScanner(LineIndex lines) {
        this.lines = lines;
    }

    static List<MarkdownBlock> scan(CharSequence markdown) {
        MarkdownScanner scanner = new MarkdownScanner(new LineIndex(markdown));
        scanner.visitChildren(tree(markdown), -1);
        return scanner.blocks;
    }

    /** Flexmark's tree of the text, read through the guards. */
    static Document tree(CharSequence markdown) {
        return PARSER.parse(BasedSequence.of(markdown));
    }

    private void visitChildren(Node parent, int parentItem) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            visit(child, parentItem);
        }
    }

    private void visit(Node node, int parentItem) {
        if (node instanceof TableBlock) {
            table((TableBlock) node);
            return;
        }
        if (isNeverASkill(node)) {
            return;
        }
        if (node instanceof Heading) {
            Heading heading = (Heading) node;
            blocks.add(new MarkdownBlock.Heading(heading.getLevel(), InlineText.plain(heading.getText()), lineOf(node)));
        } else if (node instanceof ListItem) {
            visitItem((ListItem) node, parentItem);
        } else if (node instanceof Paragraph) {
            blocks.add(new MarkdownBlock.Paragraph(node.getChars().toString(), lineOf(node)));
        } else {
            visitChildren(node, parentItem);
        }
    }

    private void visitItem(ListItem item, int parentItem) {
        int index = itemCount++;
        Node first = item.getFirstChild();
        Paragraph lead = first instanceof Paragraph ? (Paragraph) first : null;
        boolean hasSubList = false;
        for (Node child = first; child != null; child = child.getNext()) {
            hasSubList |= child instanceof ListBlock;
        }
        blocks.add(new MarkdownBlock.Item(index, parentItem, leadText(item, lead), hasSubList, lineOf(item)));
        for (Node child = first; child != null; child = child.getNext()) {
            if (child != lead) {
                visit(child, index);
            }
        }
    }

    /** The item's text from its task marker (which Flexmark keeps outside the paragraph) to its first paragraph's end. */
    private static String leadText(ListItem item, Paragraph lead) {
        BasedSequence marker = item.getMarkerSuffix();
        BasedSequence text = lead == null ? BasedSequence.NULL : lead.getChars();
        if (marker.isNull() || marker.isEmpty()) {
            return text.toString();
        }
        int end = text.isNull() ? marker.getEndOffset() : text.getEndOffset();
        return marker.getBaseSequence().subSequence(marker.getStartOffset(), end).toString();
    }

    /** A table's rows as raw cell text, the header apart; whether it is a checklist is the assembler's rule. */
    private void table(TableBlock table) {
        List<String> header = List.of();
        List<MarkdownBlock.Row> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(((TableCell) cell).getText().toString().strip());
                    }
                }
                if (part instanceof TableHead) {
                    header = cells;
                } else {
                    rows.add(new MarkdownBlock.Row(cells, lineOf(row)));
                }
            }
        }
        blocks.add(new MarkdownBlock.Table(header, rows, lineOf(table)));
    }

    private static boolean isNeverASkill(Node node) {
        return node instanceof CodeBlock || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                || node instanceof HtmlBlock || node instanceof HtmlCommentBlock
                || node instanceof BlockQuote || node instanceof TableBlock;
    }

    private int lineOf(Node node) {
        return lines.lineOf(node.getStartOffset());
    }
}
