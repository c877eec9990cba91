package dev.tracker.graph;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
 * @param levelNames what the roadmap calls its levels (1 → "Junior"), from its taxonomy or
 *                   its level headings; empty when it names none
 * @param notices   what the parser could not read as the author may have meant, one line each
 *                  ("line 4: …"), shown as warnings
 */
public record Roadmap(String id, String file, String title, List<Section> sections,
                      List<Skill> skills, List<FocusHint> hints, boolean plain, Map<Integer, String> levelNames,
                      List<String> notices) {
    public Roadmap {
        Objects.requireNonNull(id, "id");
        sections = List.copyOf(sections);
        skills = List.copyOf(skills);
        hints = List.copyOf(hints);
        levelNames = levelNames.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(levelNames));
        notices = List.copyOf(notices);
    }

    public Roadmap(String id, String file, String title, List<Section> sections,
                   List<Skill> skills, List<FocusHint> hints, boolean plain) {
        this(id, file, title, sections, skills, hints, plain, Map.of(), List.of());
    }

    /** "L2" or, where the roadmap names it, "L2 Senior". */
    public String levelLabel(int level) {
        String name = levelNames.get(level);
        return name == null ? "L" + level : "L" + level + " " + name;
    }

}
