package dev.tracker.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * One skill, section or topic as the query rules see it: its id and title, and the words they
 * are found by, each made once on first use (a query that its id answers never makes them).
 */
final class Findable<T> {
    /** A label is a short lead: "Scan Cost: I design …", not a sentence that happens to hold a colon. */
    private static final int LABEL_MAX_CHARS = 60;

    private final T item;
    private final String id;
    private final String title;
    private List<String> idParts;
    private List<String> allWords;
    private List<String> label;

    Findable(T item, String id, String title) {
        this.item = item;
        this.id = id;
        this.title = title == null ? "" : title;
    }

    T item() {
        return item;
    }

    String id() {
        return id;
    }

    /** The words of the id below its roadmap: a roadmap's name is in every id of it, so it tells nothing. */
    List<String> ownIdParts() {
        if (idParts == null) {
            int slash = id.indexOf('/');
            idParts = QueryRules.words(slash < 0 ? id : id.substring(slash + 1));
        }
        return idParts;
    }

    /** The words of the title and of the whole id. */
    List<String> allWords() {
        if (allWords == null) {
            allWords = new ArrayList<>(QueryRules.words(title));
            allWords.addAll(QueryRules.words(id));
        }
        return allWords;
    }

    /** The words of the title's lead before its first colon, or none. */
    List<String> label() {
        if (label == null) {
            int colon = title.indexOf(':');
            label = colon > 0 && colon <= LABEL_MAX_CHARS ? QueryRules.words(title.substring(0, colon)) : List.of();
        }
        return label;
    }

    /**
     * Where a query word is found, lower is better: a whole word of the id's last part (the
     * thing's own name) 0, of the id 1, of the title 2; the start of such a word 3, 4, 5.
     */
    int score(String word) {
        List<String> own = QueryRules.words(id.substring(id.lastIndexOf('/') + 1));
        List<String> title = QueryRules.words(this.title);
        List<List<String>> places = List.of(own, ownIdParts(), title);
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).contains(word)) {
                return i;
            }
        }
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).stream().anyMatch(w -> QueryRules.isWordOrStart(w, word))) {
                return places.size() + i;
            }
        }
        return 2 * places.size();
    }
}
