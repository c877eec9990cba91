package dev.tracker.roadmap;

import dev.tracker.graph.Roadmap;
import dev.tracker.graph.Slug;

/** Markdown text to a {@link Roadmap}, by the roadmap rules of ARCHITECTURE.md. */
public final class MarkdownRoadmapParser {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private MarkdownRoadmapParser() {
    }

    /** Parses one roadmap; its id is its file name without extension. */
    public static Roadmap parse(String fileName, String markdown) {
        return parse(Slug.ofFileName(fileName), fileName, markdown);
    }

    /** Parses one roadmap under the id given (the loader keeps ids unique across files). */
    public static Roadmap parse(String roadmapId, String fileName, String markdown) {
        String text = !markdown.isEmpty() && markdown.charAt(0) == BYTE_ORDER_MARK ? markdown.substring(1) : markdown;
        text = FrontMatter.blankOut(text);
        return RoadmapAssembler.assemble(roadmapId, fileName, MarkdownScanner.scan(text));
    }
}
