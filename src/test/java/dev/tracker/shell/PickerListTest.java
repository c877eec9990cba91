package dev.tracker.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PickerListTest {
    private static final List<Choice> CHOICES = List.of(
            new Choice("go/structs/l1/syntax", "Syntax: define a struct"),
            new Choice("go/slices/l1/syntax", "Syntax: declare an array"),
            new Choice("go/interfaces/l1/syntax", "Syntax: define an interface"),
            new Choice("go/errors/l1/syntax", "Syntax: if err != nil"));

    @Test
    void startsOnTheFirstCandidateAndStopsAtBothEnds() {
        PickerList list = new PickerList(CHOICES, 10);
        assertThat(list.chosen()).isZero();
        list.move(-1);
        assertThat(list.chosen()).isZero();
        list.move(2);
        assertThat(list.chosen()).isEqualTo(2);
        list.move(10);
        assertThat(list.chosen()).isEqualTo(3);
    }

    @Test
    void typedWordsNarrowToCandidatesContainingEveryOneInIdOrTitle() {
        PickerList list = new PickerList(CHOICES, 10);
        list.type("DEFINE");
        assertThat(list.window()).extracting(row -> row.choice().id())
                .containsExactly("go/structs/l1/syntax", "go/interfaces/l1/syntax");
        list.type(" inter");
        assertThat(list.shownCount()).isEqualTo(1);
        assertThat(list.chosen()).isEqualTo(2);
    }

    @Test
    void erasingWidensAgainAndNoMatchChoosesNothing() {
        PickerList list = new PickerList(CHOICES, 10);
        list.type("zz");
        assertThat(list.chosen()).isEqualTo(-1);
        assertThat(list.window()).isEmpty();
        list.erase();
        list.erase();
        assertThat(list.shownCount()).isEqualTo(4);
        list.type("errors");
        list.clearFilter();
        assertThat(list.filter()).isEmpty();
        assertThat(list.shownCount()).isEqualTo(4);
    }

    @Test
    void windowScrollsToKeepTheSelectionInView() {
        PickerList list = new PickerList(CHOICES, 2);
        assertThat(list.window()).extracting(PickerList.Row::selected).containsExactly(true, false);
        list.move(3);
        assertThat(list.window()).extracting(row -> row.choice().id())
                .containsExactly("go/interfaces/l1/syntax", "go/errors/l1/syntax");
        assertThat(list.window().get(1).selected()).isTrue();
        list.move(-3);
        assertThat(list.window().get(0).choice().id()).isEqualTo("go/structs/l1/syntax");
    }

    @Test
    void erasingRemovesAWholeEmoji() {
        PickerList list = new PickerList(CHOICES, 10);
        list.type("x🚀");
        list.erase();
        assertThat(list.filter()).isEqualTo("x");
    }

    @Test
    void aTypoInTheFilterShowsTheNearestCandidatesOnly() {
        PickerList list = new PickerList(CHOICES, 10);
        list.type("intrefaces");
        assertThat(list.shownCount()).isEqualTo(1);
        assertThat(list.chosen()).isEqualTo(2);
        list.clearFilter();
        list.type("zzzzzz");
        assertThat(list.shownCount()).isZero();
    }
}
