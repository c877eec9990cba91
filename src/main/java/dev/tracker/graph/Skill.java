package dev.tracker.graph;

import java.util.Objects;

/**
 * One thing to learn: a marked list item, or a leaf bullet of a plan without marks.
 *
 * @param id             path-like, unique id, e.g. {@code go-architect-tracker/interfaces/l2/mocking}
 * @param roadmapId      the roadmap it belongs to
 * @param sectionId      the innermost section holding it, or null when it stands before any heading
 * @param parentSkillId  the marked item it is nested under, or null
 * @param title          its text without markdown, mojibake repaired
 * @param level          the level of its section (0 if none)
 * @param markedStatus   the status its marker gives in the markdown
 * @param line           1-based line in the file
 * @param markOffset     where its mark starts: a char offset into the file's text as decoded
 *                       (byte-order mark included), for {@code write-marks}; -1 when it has none
 *                       (a plain bullet) or it is not known
 */
public record Skill(String id, String roadmapId, String sectionId, String parentSkillId,
                    String title, int level, SkillStatus markedStatus, int line, int markOffset) {
    public Skill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roadmapId, "roadmapId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(markedStatus, "markedStatus");
    }

    /** A skill whose mark's place is not known. */
    public Skill(String id, String roadmapId, String sectionId, String parentSkillId,
                 String title, int level, SkillStatus markedStatus, int line) {
        this(id, roadmapId, sectionId, parentSkillId, title, level, markedStatus, line, -1);
    }

    // equals and hashCode written out: a record's generated ones are linked on first use through
    // invokedynamic, which cost ~20 ms of every `next` and `check` (skills go into hash sets)

    @Override
    public boolean equals(Object other) {
        return other instanceof Skill that && id.equals(that.id) && roadmapId.equals(that.roadmapId)
                && Objects.equals(sectionId, that.sectionId) && Objects.equals(parentSkillId, that.parentSkillId)
                && title.equals(that.title) && level == that.level && markedStatus == that.markedStatus
                && line == that.line && markOffset == that.markOffset;
    }

    /** The id alone: unique within a graph, and equal skills have equal ids. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
