package dev.tracker.shell;

import java.util.Objects;

/**
 * One candidate a picker offers: the id the user would otherwise have to type, and its title.
 *
 * @param id    a skill's, section's or roadmap's whole id
 * @param title its text, shown beside the id
 */
public record Choice(String id, String title) {
    public Choice {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
    }
}
