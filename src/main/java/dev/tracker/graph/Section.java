package dev.tracker.graph;

import java.util.Objects;

/**
 * A heading of a roadmap, or a plain bullet that groups other bullets.
 *
 * @param id         path-like id, e.g. {@code go-architect-tracker/interfaces/l2}
 * @param title      display text, mojibake repaired
 * @param parentId   the enclosing section's id, or null at the top of the roadmap
 * @param depth      nesting depth below the roadmap (1 = top level)
 * @param level      the level this section gives its skills (L2 gives 2), 0 if none
 * @param complete   the roadmap marks the section complete ("(COMPLETE)", "Status: ✅ COMPLETED")
 * @param line       1-based line of the heading in the file
 */
public record Section(String id, String title, String parentId, int depth, int level,
                      boolean complete, int line) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1: " + depth);
        }
    }

    // written out for the reason Skill's are: no invokedynamic linking on first use

    @Override
    public boolean equals(Object other) {
        return other instanceof Section that && id.equals(that.id) && title.equals(that.title)
                && Objects.equals(parentId, that.parentId) && depth == that.depth && level == that.level
                && complete == that.complete && line == that.line;
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
