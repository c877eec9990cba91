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
 * @param preamble  the markdown between the title and the first heading or skill (a mentor's
 *                  rules, such as a Role/Rules/Taxonomy block), blank lines trimmed; "" if none
 */
public record Roadmap(String id, String file, String title, List<Section> sections,
                      List<Skill> skills, List<FocusHint> hints, boolean plain, String preamble) {
    public Roadmap {
        Objects.requireNonNull(id, "id");
        sections = List.copyOf(sections);
        skills = List.copyOf(skills);
        hints = List.copyOf(hints);
        preamble = preamble == null ? "" : preamble;
    }

    /** A roadmap with no preamble. */
    public Roadmap(String id, String file, String title, List<Section> sections, List<Skill> skills, List<FocusHint> hints,
                   boolean plain) {
        this(id, file, title, sections, skills, hints, plain, "");
    }

    /** The same roadmap with this preamble. */
    public Roadmap withPreamble(String text) {
        return new Roadmap(id, file, title, sections, skills, hints, plain, text);
    }

}
