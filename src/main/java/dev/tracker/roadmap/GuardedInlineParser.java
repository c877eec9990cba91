package dev.tracker.roadmap;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Flexmark's own inline parser, which first asks {@link InlineCost} whether the text it is
 * given (a paragraph, a heading, a table cell, a paragraph read for link reference
 * definitions) is within reason, and refuses the file when it is not. Checking here, on the
 * exact text of each block, means no guess at where paragraphs begin and end.
 */
final class GuardedInlineParser extends InlineParserImpl {
    GuardedInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    public void parse(BasedSequence input, Node block) {
        check(input);
        super.parse(input, block);
    }

    /** Link reference definitions at a paragraph's start: where "[" and 40 backslashes took 30 s. */
    @Override
    public int preProcessBlock(Paragraph block, ParserState state) {
        check(block.getChars());
        return super.preProcessBlock(block, state);
    }

    private static void check(BasedSequence input) {
        InlineCost.excess(input).ifPresent(excess -> {
            throw new RoadmapRefused("too costly to parse: " + excess.what() + " at line "
                    + lineOf(input.getBaseSequence(), input.getStartOffset() + excess.offset()));
        });
    }

    /** Counted only when refusing: a line index would cost every file its memory. */
    private static int lineOf(BasedSequence document, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < document.length(); i++) {
            if (document.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
