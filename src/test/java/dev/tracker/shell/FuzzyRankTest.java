package dev.tracker.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FuzzyRankTest {
    private static List<String> best(List<String> items, String word) {
        return FuzzyRank.best(items, Function.identity(), word);
    }

    @Test
    void prefixMatchesWinAloneSoACommandCompletes() {
        assertThat(best(List.of("uncheck", "check", "show"), "che")).containsExactly("check");
        assertThat(best(List.of("uncheck", "check", "show"), "CHE")).containsExactly("check");
    }

    @Test
    void withoutAPrefixMatchAPartStartBeatsAMatchInsideAWord() {
        List<String> ids = List.of("a/subinterface/x", "a/interfaces/l2/mocking", "b/week-1/interfaces", "c/other");
        assertThat(best(ids, "interf")).containsExactly("a/interfaces/l2/mocking", "b/week-1/interfaces", "a/subinterface/x");
    }

    @Test
    void lettersInOrderOnlyWhenNothingContainsTheWord() {
        assertThat(best(List.of("go/interfaces", "go/channels"), "ifcs")).containsExactly("go/interfaces");
        assertThat(best(List.of("go/interfaces", "go/ifcs-notes"), "ifcs")).containsExactly("go/ifcs-notes");
        assertThat(best(List.of("go/interfaces"), "x")).isEmpty();
        assertThat(best(List.of("c-o-n/t-r-l", "a/c-o-n-t-r-l"), "contrl")).as("inside one part of the id")
                .containsExactly("a/c-o-n-t-r-l");
    }

    @Test
    void anEmptyWordKeepsEverythingInOrder() {
        assertThat(best(List.of("b", "a"), "")).containsExactly("b", "a");
    }

    @Test
    void aTypoFindsThePartsNearestToItAndNoOthers() {
        List<String> ids = List.of("go/interfaces/l2/mocking", "go/testing/l2/mocking", "go/locking/l1/mutex", "go/other");
        assertThat(best(ids, "mokcing")).as("one swap: nearer than locking")
                .containsExactly("go/interfaces/l2/mocking", "go/testing/l2/mocking");
        assertThat(best(ids, "mokc")).as("half typed").containsExactly("go/interfaces/l2/mocking", "go/testing/l2/mocking");
        assertThat(best(ids, "qqqqqqq")).isEmpty();
        assertThat(best(List.of("go/goroutines"), "gxr")).as("no typo allowed up to three letters").isEmpty();
    }
}
