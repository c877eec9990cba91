package dev.tracker.shell;

import dev.tracker.graph.FuzzyMatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the picker shows: the candidates narrowed to those containing every word typed so far
 * (or, when none does, those nearest to the words, for a typo),
 * the selected one, and a window of a few rows that keeps the selection in view. Plain state,
 * tested without a terminal; {@link TerminalPicker} draws it and feeds it the keys.
 */
final class PickerList {
    /** A candidate in the window, and whether it is the selected one. */
    record Row(Choice choice, boolean selected) {
    }

    private final List<Choice> choices;
    private final int rows;
    private String filter = "";
    private List<Integer> shown;
    private int selected;
    private int top;

    PickerList(List<Choice> choices, int rows) {
        this.choices = List.copyOf(choices);
        this.rows = Math.max(1, rows);
        narrow();
    }

    String filter() {
        return filter;
    }

    void type(String text) {
        filter += text;
        narrow();
    }

    /** Removes the last character typed (a whole code point, so emoji go in one press). */
    void erase() {
        if (!filter.isEmpty()) {
            filter = filter.substring(0, filter.offsetByCodePoints(filter.length(), -1));
            narrow();
        }
    }

    void clearFilter() {
        filter = "";
        narrow();
    }

    /** Moves the selection by {@code delta} rows, stopping at either end. */
    void move(int delta) {
        if (shown.isEmpty()) {
            return;
        }
        selected = Math.max(0, Math.min(shown.size() - 1, selected + delta));
        if (selected < top) {
            top = selected;
        } else if (selected >= top + rows) {
            top = selected - rows + 1;
        }
    }

    int pageSize() {
        return rows;
    }

    /** The index in the original list of the selected candidate, or -1 when the filter hides them all. */
    int chosen() {
        return shown.isEmpty() ? -1 : shown.get(selected);
    }

    int shownCount() {
        return shown.size();
    }

    int total() {
        return choices.size();
    }

    List<Row> window() {
        List<Row> window = new ArrayList<>();
        for (int i = top; i < Math.min(shown.size(), top + rows); i++) {
            window.add(new Row(choices.get(shown.get(i)), i == selected));
        }
        return window;
    }

    /** For a typo in the filter: the candidates nearest to every word (within its bound), nearest first. */
    private List<Integer> nearest(List<String> words) {
        List<Integer> near = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < choices.size(); i++) {
            String text = (choices.get(i).id() + " " + choices.get(i).title()).toLowerCase(Locale.ROOT);
            int total = 0;
            for (String word : words) {
                int distance = text.contains(word) ? 0 : FuzzyRank.typoDistance(text, word);
                total = distance > FuzzyMatch.allowed(word) || total == Integer.MAX_VALUE ? Integer.MAX_VALUE : total + distance;
            }
            if (total < best) {
                near.clear();
                best = total;
            }
            if (total == best && total != Integer.MAX_VALUE) {
                near.add(i);
            }
        }
        return near;
    }

    private void narrow() {
        List<String> words = Arrays.stream(filter.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(word -> !word.isEmpty()).toList();
        shown = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            String text = (choices.get(i).id() + " " + choices.get(i).title()).toLowerCase(Locale.ROOT);
            if (words.stream().allMatch(text::contains)) {
                shown.add(i);
            }
        }
        if (shown.isEmpty() && !words.isEmpty()) {
            shown = nearest(words);
        }
        selected = 0;
        top = 0;
    }
}
