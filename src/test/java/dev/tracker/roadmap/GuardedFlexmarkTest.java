package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guards change nothing of what Flexmark builds: the guarded parser, with its own inline
 * parser and the reference pre-processor put back, gives the very tree stock Flexmark gives,
 * node for node, on real roadmaps (and the shared corpus where it is present).
 */
class GuardedFlexmarkTest {
    private static final Parser STOCK = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TaskListExtension.create(), TablesExtension.create()))).build();

    private static String shape(Node document) {
        StringBuilder shape = new StringBuilder();
        for (Node node : document.getDescendants()) {
            shape.append(node.getClass().getSimpleName()).append(' ').append(node.getStartOffset()).append('-')
                    .append(node.getEndOffset()).append('\n');
        }
        return shape.toString();
    }

    private static void assertSameTree(String markdown, String what) {
        assertThat(shape(MarkdownScanner.tree(markdown))).as(what).isEqualTo(shape(STOCK.parse(markdown)));
    }

    @Test
    void realRoadmapsGiveStockFlexmarksTree() throws IOException {
        Path corpus = Path.of(System.getProperty("tracker.sharedCorpus", "../shared/corpus"));
        Stream<Path> folders = Stream.of(dev.tracker.testing.TrackerRunner.fixtureRoadmaps(), corpus)
                .filter(Files::isDirectory);
        List<Path> files = folders.flatMap(folder -> {
            try {
                return Files.list(folder).filter(f -> f.toString().endsWith(".md")).toList().stream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : files) {
            assertSameTree(Files.readString(file), file.toString());
        }
    }

    @Test
    void referencesTablesAndTaskItemsGiveStockFlexmarksTree() {
        assertSameTree("[go]: https://go.dev \"Go\"\n| a | b |\n|---|---|\n| [x][go] | `c` |\n\n- [ ] see [go]\n"
                + "  [ref]: /u\n\n> [q]: /q\n> [q]\n\n# [go] *title*\n", "references, tables, task items");
    }
}
