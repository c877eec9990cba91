package dev.tracker.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The readable parts of skill ids, made from headings and item text. */
class SlugTest {

    @ParameterizedTest(name = "heading \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            L2: Decoupled systems; avoid "Interface Pollution."    | l2
            L1: Define data models and attach logic.               | l1
            Level 3: EXPERT                                        | l3
            Level 3: EXPERT \u23F3 PENDING                          | l3
            L3 Graphing Challenges: Draw from memory.              | l3
            Week 1-4: The Go Runtime (COMPLETE)                    | week-1-4
            Generics (Type Parameters)                             | generics
            Structs, Methods, & Composition                        | structs-methods-composition
            \uD83C\uDFAF CURRENT FOCUS                              | current-focus
            Learning Resources                                     | learning-resources
            """)
    void headingSlugIsItsLevelOrItsLead(String heading, String slug) {
        assertThat(Slug.ofHeading(heading)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "text \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mocking: I define interfaces at the point of use.      | mocking
            Scheduler - 01_scheduler_deep_dive.go                  | scheduler
            The Interface Structure: Draw the two-word pair.       | the-interface-structure
            Read the spec and Effective Go every single day        | read-the-spec-and-effective
            Goroutines and the scheduler                           | goroutines-and-the-scheduler
            Use slices of                                          | use-slices
            \u2705 \uD83D\uDE80                                     | item
            """)
    void textSlugIsItsNamedLeadOrFirstWords(String text, String slug) {
        assertThat(Slug.ofText(text)).isEqualTo(slug);
    }

    @Test
    void fileNameSlugDropsTheExtension() {
        assertThat(Slug.ofFileName("Go Architect Tracker.md")).isEqualTo("go-architect-tracker");
        assertThat(Slug.ofFileName("plan.MARKDOWN")).isEqualTo("plan");
    }

    @Test
    void fileNameSlugKeepsTheLettersOfEveryScript() {
        assertThat(Slug.ofFileName("\u65E5\u672C.md")).isEqualTo("\u65E5\u672C");
        assertThat(Slug.ofFileName("pl\u00E1n.md")).isEqualTo("pl\u00E1n").isNotEqualTo(Slug.ofFileName("plan.md"));
        assertThat(Slug.ofFileName("pla\u0301n.md")).as("NFD, as macOS names files, is NFC").isEqualTo("pl\u00E1n");
        assertThat(Slug.ofFileName("\u0420\u0443\u0441\u0441\u043A\u0438\u0439 \u041F\u043B\u0430\u043D.md"))
                .isEqualTo("\u0440\u0443\u0441\u0441\u043A\u0438\u0439-\u043F\u043B\u0430\u043D");
        assertThat(Slug.ofFileName("\u0939\u093F\u0928\u094D\u0926\u0940.md")).as("Devanagari vowel signs are marks")
                .isEqualTo("\u0939\u093F\u0928\u094D\u0926\u0940");
        assertThat(Slug.ofFileName("Go_Mastery (v2)!.md")).isEqualTo("go-mastery-v2");
        assertThat(Slug.ofFileName("\uD83D\uDE80.md")).isEqualTo("roadmap");
    }

    @Test
    void levelOfReadsLAndLevelPrefixes() {
        assertThat(Slug.levelOf("L2: Senior")).isEqualTo(2);
        assertThat(Slug.levelOf("Level 1: INTERMEDIATE \u2705 COMPLETED")).isEqualTo(1);
        assertThat(Slug.levelOf("\uD83C\uDFC6 Level 10 mastery")).isEqualTo(10);
        assertThat(Slug.levelOf("Learning 2 things")).isZero();
        assertThat(Slug.levelOf("Week 2: L2 topics")).isZero();
    }

    @Test
    void wordsAreLowerCaseAsciiWithoutSymbols() {
        assertThat(Slug.words("Caf\u00E9 **Go** \u2014 io.Reader & sync/atomic!"))
                .containsExactly("cafe", "go", "io-reader", "sync-atomic");
    }

    @Test
    void accentsInsideAWordAreFoldedAway() {
        assertThat(Slug.words("Na\u00EFve cr\u00E8me br\u00FBl\u00E9e")).containsExactly("naive", "creme", "brulee");
        assertThat(Slug.ofText("R\u00E9sum\u00E9 review")).isEqualTo("resume-review");
    }
}
