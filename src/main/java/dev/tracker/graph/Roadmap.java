package dev.tracker.graph;

import java.util.List;
import java.util.Objects;

/**
 * One markdown roadmap, parsed: sections and skills in document order, and its focus hints.
 *
 * @param id        the file name without extension, as a slug
 * @param file      the file name
 * @param title     the first level-1 heading, else the file name
 * @param sections  every section, in document order
 * @param skills    every skill, in document order
 * @param hints     focus hints, in document order
 * @param plain     true when the roadmap has no marks and its leaf bullets were taken as skills
 */
public record Roadmap(String id, String file, String title, List<Section> sections,
                      List<Skill> skills, List<FocusHint> hints, boolean plain) {
    public Roadmap {
        Objects.requireNonNull(id, "id");
        sections = List.copyOf(sections);
        skills = List.copyOf(skills);
        hints = List.copyOf(hints);
    }

}
