package dev.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inline markdown to the text a person reads. */
class InlineTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            **Syntax:** define it                  | Syntax: define it
            __Bold__ and ~~struck~~ words           | Bold and struck words
            *emphasis* and _emphasis_               | emphasis and emphasis
            Read [the spec](https://go.dev/ref)     | Read the spec
            See ![diagram](gmp.png) here            | See diagram here
            Read [Effective Go][eg] first           | Read Effective Go first
            Visit <https://go.dev> today            | Visit https://go.dev today
            Use <b>html</b> tags                    | Use html tags
            snake_case_name stays                   | snake_case_name stays
            a \\* b and \\[c\\]                      | a * b and [c]
            "  spread   over    spaces  "           | spread over spaces
            """)
    void stripsInlineMarkdown(String markdown, String plain) {
        assertThat(InlineText.plain(markdown)).as("plain text of %s", markdown).isEqualTo(plain);
    }

    @Test
    void codeSpanKeepsBracketsAndParenthesesVerbatim() {
        assertThat(InlineText.plain("`func Map[T any](s []T) []T` maps a slice"))
                .isEqualTo("func Map[T any](s []T) []T maps a slice");
    }

    @Test
    void codeSpanKeepsEmphasisCharactersVerbatim() {
        assertThat(InlineText.plain("**Multiply:** `a * b * c` and `__init__`"))
                .isEqualTo("Multiply: a * b * c and __init__");
    }

    @Test
    void doubleBacktickCodeSpanMayHoldABacktick() {
        assertThat(InlineText.plain("Use `` `raw` `` strings")).isEqualTo("Use `raw` strings");
    }

    @Test
    void linkWhoseTextIsACodeSpanKeepsOnlyItsText() {
        assertThat(InlineText.plain("Read [`sync.Pool`](https://pkg.go.dev/sync#Pool) docs"))
                .isEqualTo("Read sync.Pool docs");
    }

    @Test
    void escapedAsterisksAreLiteralAsterisks() {
        assertThat(InlineText.plain("Use \\*args\\* style")).isEqualTo("Use *args* style");
    }

    @Test
    void privateUseCharactersOfTheTextAreKeptAsWritten() {
        // the placeholders for code spans are made of these; fuzzing found text that forged one
        assertThat(InlineText.plain("a \uE0001\uE001 b `c` \uE000")).isEqualTo("a \uE0001\uE001 b c \uE000");
    }
}
