package dev.tracker.roadmap;

import dev.tracker.graph.ExitCode;
import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Slug;
import dev.tracker.graph.TrackerException;
import java.time.Duration;

/**
 * Markdown text to a {@link Roadmap}, by the roadmap rules of ARCHITECTURE.md. Any text gives a
 * roadmap or one {@link TrackerException}, in bounded time: the parse runs on a thread of its
 * own with a deadline, after checks that refuse what would overflow Flexmark's stack or keep
 * it busy for minutes (see {@link ParseLimits}).
 */
public final class MarkdownRoadmapParser {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private MarkdownRoadmapParser() {
    }

    /** Parses one roadmap; its id is its file name without extension. */
    public static Roadmap parse(String fileName, String markdown) {
        return parse(Slug.ofFileName(fileName), fileName, markdown);
    }

    /**
     * Parses one roadmap under the id given (the loader keeps ids unique across files).
     *
     * @throws TrackerException with {@link ExitCode#DATA_ERROR} when the text is refused; its
     *     cause says why (e.g. a {@code TimeoutException} when the deadline passed)
     */
    public static Roadmap parse(String roadmapId, String fileName, String markdown) {
        try {
            return parseWithin(roadmapId, fileName, markdown, ParseLimits.PARSE_DEADLINE);
        } catch (RoadmapRefused e) {
            throw new TrackerException(ExitCode.DATA_ERROR, "cannot read roadmap " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #parse(String, String, String)}, refusing with the bare reason so that the loader can name the path. */
    static Roadmap parseWithin(String roadmapId, String fileName, String markdown, Duration deadline) {
        return parseWithin(roadmapId, fileName, markdown, deadline, LoadBudget.UNBOUNDED);
    }

    /** As above, stopped as well when the loading command's budget runs out. */
    static Roadmap parseWithin(String roadmapId, String fileName, String markdown, Duration deadline, LoadBudget budget) {
        return ParseWorker.run(cancelled -> {
            String plain = !markdown.isEmpty() && markdown.charAt(0) == BYTE_ORDER_MARK ? markdown.substring(1) : markdown;
            plain = FrontMatter.blankOut(plain);
            NestingScan.check(plain, ParseLimits.MAX_NESTING);
            ParagraphScan.check(plain, ParseLimits.MAX_PARAGRAPH_LINES);
            MarkRunScan.check(plain, InlineCost.MAX_EMPHASIS_MARKS);
            return RoadmapAssembler.assemble(roadmapId, fileName, MarkdownScanner.scan(new CancellableText(plain, cancelled)));
        }, deadline, budget);
    }
}
